import type { MemberEvent } from '../../shared/schemas/event.schema';
import type { VipProgress } from '../../shared/schemas/chain.schema';
import { addDays } from '../../shared/domain/calendar-day';
import { dayKey, dayStartMs, storeDayKeyer } from '../../shared/domain/counter/store-days';
import { sumOfSet } from '../../shared/domain/counter/progress';
import { vipFigures } from '../../shared/domain/counter/vip-figures';
import { liveEvents } from '../../shared/domain/programme/live-events';
import { localDayIn } from '../../shared/domain/time-zone';

/** The first instant of the month-to-date that any store of these zones may need, for reading. */
export function earliestMonthStart(timeZones: readonly string[], now: number): number {
  return Math.min(
    now,
    ...timeZones.map((zone) => {
      const today = localDayIn(zone, now);
      return dayStartMs({ ...today, day: 1 }, zone);
    }),
  );
}

/**
 * One store's VIP sales today and this month to date, in its own days (its time zone), against
 * the sum of the VIP-sales targets set for those days (null when none was set), as the counter
 * counts them: voided purchases left out.
 */
export function storeVipProgress(input: {
  events: readonly MemberEvent[];
  timeZone: string;
  now: number;
  /** VIP-sales targets by day key. */
  targets: ReadonlyMap<string, number>;
}): { today: VipProgress; monthToDate: VipProgress } {
  const { timeZone } = input;
  const today = localDayIn(timeZone, input.now);
  const live = liveEvents(input.events);
  const dayOf = storeDayKeyer(timeZone);
  const tomorrow = dayStartMs(addDays(today, 1), timeZone);
  const progress = (from: typeof today): VipProgress => {
    const window = { start: dayStartMs(from, timeZone), end: tomorrow };
    const days = Array.from({ length: today.day - from.day + 1 }, (_, i) => dayKey(addDays(from, i)));
    return {
      salesFen: vipFigures(live, window, dayOf).salesFen,
      targetFen: sumOfSet(days, (key) => input.targets.get(key)),
    };
  };
  return { today: progress(today), monthToDate: progress({ ...today, day: 1 }) };
}
