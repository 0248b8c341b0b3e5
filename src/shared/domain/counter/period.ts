import type { MemberEvent } from '../../schemas/event.schema';
import type { ProgrammeRules } from '../programme/rules';
import { liveEvents } from '../programme/live-events';
import { vipShare } from '../programme/store-metrics';
import type { CardHolder, DayTarget, TillFigures } from './counter-records';
import { followUpsOf, type FollowUp } from '../follow-ups';
import { storeClockIn } from '../time-zone';
import { contactsDoneIn } from './follow-up-day';
import { progressOf, sumOfSet, type Progress } from './progress';
import {
  dayKey,
  daysOf,
  periodToDate,
  previousPeriod,
  rangeMs,
  sameDatesLastYear,
  storeDayKeyer,
  type DayRange,
  type PeriodKind,
} from './store-days';
import { cardsOpened, vipFigures, within, type VipFigures } from './vip-figures';

export interface PeriodFigures {
  range: DayRange;
  vip: VipFigures;
  newCards: number;
  followUpsDone: number;
  /** The till's figures summed over the days that have them. */
  till: TillFigures;
  tillDays: number;
  days: number;
  /**
   * VIP sales ÷ till sales over the days whose till figures are in (a day without them would
   * count its VIP sales against nothing); null when no day has them.
   */
  vipShare: number | null;
}

export interface PeriodInput {
  kind: PeriodKind;
  today: { year: number; month: number; day: number };
  timeZone: string;
  rules: ProgrammeRules;
  /** Every event from the first day of the same period last year on (more is harmless). */
  events: readonly MemberEvent[];
  members: readonly Pick<CardHolder, 'createdAt' | 'openedBy'>[];
  tills: ReadonlyMap<string, TillFigures>;
  targets: ReadonlyMap<string, DayTarget>;
}

export interface PeriodComparison {
  current: PeriodFigures;
  /** Against the sum of the day targets set for the days so far. */
  targets: { vipSales: Progress; newCards: Progress; vipVisits: Progress; followUps: Progress };
  /** The mean of the targets' VIP shares where set, as a fraction. */
  vipShareTarget: number | null;
  previous: PeriodFigures;
  lastYear: PeriodFigures;
}

/** This week or this month to date, against its targets and beside the same days before. */
export function periodAtCounter(input: PeriodInput): PeriodComparison {
  const current = periodToDate(input.kind, input.today);
  const live = liveEvents(input.events);
  // One list of follow-ups for the three periods: the contacts that closed them are the same whatever
  // day it is made for (follow-up-day.ts).
  const followUps = followUpsOf(input.events, storeClockIn(input.timeZone, 0), input.rules.followUpDays);
  const figures = (range: DayRange) => periodFigures(range, live, followUps, input);
  const targets = daysOf(current).flatMap((d) => input.targets.get(dayKey(d)) ?? []);
  const shares = targets.flatMap((t) => (t.vipShareBp === undefined ? [] : [t.vipShareBp]));
  const now = figures(current);
  return {
    current: now,
    targets: {
      vipSales: progressOf(
        now.vip.salesFen,
        sumOfSet(targets, (t) => t.vipSalesFen),
      ),
      newCards: progressOf(
        now.newCards,
        sumOfSet(targets, (t) => t.newCards),
      ),
      vipVisits: progressOf(
        now.vip.visits,
        sumOfSet(targets, (t) => t.vipVisits),
      ),
      followUps: progressOf(
        now.followUpsDone,
        sumOfSet(targets, (t) => t.followUps),
      ),
    },
    vipShareTarget: shares.length === 0 ? null : shares.reduce((a, b) => a + b, 0) / shares.length / 10_000,
    previous: figures(previousPeriod(input.kind, current)),
    lastYear: figures(sameDatesLastYear(current)),
  };
}

export function periodFigures(
  range: DayRange,
  live: readonly MemberEvent[],
  followUps: readonly FollowUp[],
  input: PeriodInput,
): PeriodFigures {
  const window = rangeMs(range, input.timeZone);
  const dayOf = storeDayKeyer(input.timeZone);
  const days = daysOf(range).map(dayKey);
  const till: TillFigures = { salesFen: 0, tickets: 0, pieces: 0 };
  const tillIn = new Set<string>();
  for (const key of days) {
    const t = input.tills.get(key);
    if (!t) continue;
    tillIn.add(key);
    till.salesFen += t.salesFen;
    till.tickets += t.tickets;
    till.pieces += t.pieces;
  }
  let vipOnTillDays = 0;
  for (const e of live)
    if (e.kind === 'purchase' && within(e.at, window) && tillIn.has(dayOf(e.at)))
      vipOnTillDays += e.payload.total;
  return {
    range,
    vip: vipFigures(live, window, dayOf),
    newCards: cardsOpened(input.members, window).count,
    followUpsDone: contactsDoneIn(followUps, window).size,
    till,
    tillDays: tillIn.size,
    days: days.length,
    vipShare: till.salesFen > 0 ? vipShare(vipOnTillDays, till.salesFen) : null,
  };
}
