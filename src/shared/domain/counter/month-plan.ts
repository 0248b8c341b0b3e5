import { daysInMonth, type CalendarDay } from '../calendar-day';
import type { DayTargetFields } from '../targets';
import { dayKey } from './store-days';

/**
 * Whole shares of `total` in proportion to `weights`, summing to exactly `total`: each gets the
 * floor of its part, and the units left go to the largest remainders (earliest first on a tie),
 * so no day is off by more than one from its exact part.
 */
export function spreadByWeights(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0) return [];
  if (sum <= 0)
    return spreadByWeights(
      total,
      weights.map(() => 1),
    );
  const exact = weights.map((w) => (total * w) / sum);
  const shares = exact.map(Math.floor);
  let left = total - shares.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((x, i) => ({ i, r: x - Math.floor(x) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    shares[i] = (shares[i] ?? 0) + 1;
    left -= 1;
  }
  return shares;
}

const isWeekend = (day: CalendarDay) => {
  const weekday = new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
  return weekday === 0 || weekday === 6;
};

/** A month's totals as the manager plans them; the VIP share is the same every day. */
export type MonthTotals = DayTargetFields;

/**
 * A month plan spread over its days: a Saturday or Sunday weighs `weekendWeight` weekdays (1.5:
 * half as much again). Each counted figure sums over the month to exactly its total.
 */
export function spreadMonth(
  year: number,
  month: number,
  totals: MonthTotals,
  weekendWeight: number,
): { key: string; target: DayTargetFields }[] {
  const days = Array.from({ length: daysInMonth(year, month) }, (_, i) => ({ year, month, day: i + 1 }));
  const weights = days.map((d) => (isWeekend(d) ? weekendWeight : 1));
  const spread = (total: number) => spreadByWeights(total, weights);
  const vipSales = spread(totals.vipSalesFen);
  const newCards = spread(totals.newCards);
  const visits = spread(totals.vipVisits);
  const followUps = spread(totals.followUps);
  return days.map((day, i) => ({
    key: dayKey(day),
    target: {
      vipSalesFen: vipSales[i] ?? 0,
      vipShareBp: totals.vipShareBp,
      newCards: newCards[i] ?? 0,
      vipVisits: visits[i] ?? 0,
      followUps: followUps[i] ?? 0,
    },
  }));
}
