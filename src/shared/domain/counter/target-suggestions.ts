import { followUpsOf } from '../follow-ups';
import { storeClockIn } from '../time-zone';
import { daysInMonth } from '../calendar-day';
import type { CardHolder } from './counter-records';
import { liveEvents } from '../programme/live-events';
import type { PeriodInput } from './period';
import { periodFigures } from './period';
import { monthOf, previousPeriod, rangeMs, sameDatesLastYear } from './store-days';
import {
  newVipSales,
  suggestNewCards,
  suggestVipShare,
  type NewCardSuggestion,
  type SalesSplit,
  type VipShareSuggestion,
} from './suggestions';

export interface TargetSuggestions {
  /** Last month's till sales over the days that have them: what the expected sales come from. */
  basis: { salesFen: number; tillDays: number };
  /** The expected till sales of the days planned: last month's daily average × their number. */
  expectedSalesFen: number;
  vipShare: VipShareSuggestion;
  /** null until last month has till sales and tickets. */
  newCards: NewCardSuggestion | null;
}

/**
 * The suggestions beside the targets of `days` days of a month (the whole month, or one day of
 * it), from the store's own history: its last month and the same month a year before.
 */
export function targetSuggestions(
  input: Omit<PeriodInput, 'kind' | 'today' | 'targets'> & {
    year: number;
    month: number;
    days: number;
    growthPoints: number;
    members: readonly Pick<CardHolder, 'id' | 'createdAt' | 'openedBy'>[];
  },
): TargetSuggestions {
  const live = liveEvents(input.events);
  const planned = monthOf({ year: input.year, month: input.month, day: 1 });
  const period = { ...input, kind: 'month' as const, today: planned.from, targets: new Map() };
  const lastMonthRange = previousPeriod('month', planned);
  const followUps = followUpsOf(input.events, storeClockIn(input.timeZone, 0), input.rules.followUpDays);
  const lastMonth = periodFigures(lastMonthRange, live, followUps, period);
  const lastYear = periodFigures(sameDatesLastYear(planned), live, followUps, period);
  // The members' part of the days that have till figures, as the period's VIP share counts it.
  const split = (f: typeof lastMonth): SalesSplit => ({
    salesFen: f.till.salesFen,
    vipSalesFen: Math.round((f.vipShare ?? 0) * f.till.salesFen),
  });
  const perDay = lastMonth.tillDays === 0 ? 0 : lastMonth.till.salesFen / lastMonth.tillDays;
  const expectedSalesFen = Math.round(perDay * Math.min(input.days, daysInMonth(input.year, input.month)));
  const last = lastMonth.till;
  return {
    basis: { salesFen: last.salesFen, tillDays: lastMonth.tillDays },
    expectedSalesFen,
    vipShare: suggestVipShare({
      lastMonth: split(lastMonth),
      sameMonthLastYear: split(lastYear),
      growthPoints: input.growthPoints,
      dailySalesFen: expectedSalesFen,
    }),
    newCards:
      last.salesFen > 0 && last.tickets > 0
        ? suggestNewCards({
            plannedSalesFen: expectedSalesFen,
            lastPeriod: {
              salesFen: last.salesFen,
              tickets: last.tickets,
              newVipSalesFen: newVipSales(live, input.members, rangeMs(lastMonthRange, input.timeZone)),
            },
          })
        : null,
  };
}
