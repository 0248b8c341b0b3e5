import type { MemberEvent } from '../../schemas/event.schema';
import type { MemberId } from '../../schemas/ids.schema';
import { averageTicket, dailyVipTarget, newCardTarget, vipShare } from '../programme/store-metrics';
import { within, type Window } from './vip-figures';

/*
 * What the targets form suggests beside each field (seed 004), with the figures each came from
 * so the manager sees why. Money in fen; shares and growth as fractions (0.1 = 10 points).
 */

/** A past period's till sales and the members' part of them. */
export interface SalesSplit {
  salesFen: number;
  vipSalesFen: number;
}

export interface VipShareSuggestion {
  /** Last month's VIP share (环比) and the same month a year before's (同比); null without sales. */
  monthOnMonth: number | null;
  yearOnYear: number | null;
  /** Their mean, or the one there is. */
  lastPeriodShare: number | null;
  growthPoints: number;
  /** lastPeriodShare + growthPoints; null with no history at all. */
  share: number | null;
  dailySalesFen: number;
  /** dailySales × share: ¥10,000 × (40 % + 10 points) = ¥5,000. */
  vipSalesFen: number | null;
}

export function suggestVipShare(input: {
  lastMonth: SalesSplit;
  sameMonthLastYear: SalesSplit;
  growthPoints: number;
  dailySalesFen: number;
}): VipShareSuggestion {
  const share = (s: SalesSplit) => (s.salesFen > 0 ? vipShare(s.vipSalesFen, s.salesFen) : null);
  const monthOnMonth = share(input.lastMonth);
  const yearOnYear = share(input.sameMonthLastYear);
  const known = [monthOnMonth, yearOnYear].filter((s): s is number => s !== null);
  const lastPeriodShare = known.length === 0 ? null : known.reduce((a, b) => a + b, 0) / known.length;
  return {
    monthOnMonth,
    yearOnYear,
    lastPeriodShare,
    growthPoints: input.growthPoints,
    share: lastPeriodShare === null ? null : lastPeriodShare + input.growthPoints,
    dailySalesFen: input.dailySalesFen,
    vipSalesFen:
      lastPeriodShare === null
        ? null
        : dailyVipTarget(input.dailySalesFen, lastPeriodShare, input.growthPoints),
  };
}

export interface NewCardSuggestion {
  salesFen: number;
  /** Last period's sales to members who signed up in it, ÷ its till sales. */
  newVipShare: number;
  /** Last period's till sales ÷ tickets. */
  averageTicketFen: number;
  /** sales × new-VIP share ÷ average ticket, rounded up (store-metrics newCardTarget). */
  newCards: number;
}

export function suggestNewCards(input: {
  plannedSalesFen: number;
  lastPeriod: { salesFen: number; tickets: number; newVipSalesFen: number };
}): NewCardSuggestion {
  const { lastPeriod } = input;
  const newVipShare = vipShare(lastPeriod.newVipSalesFen, lastPeriod.salesFen);
  const ticket = averageTicket(lastPeriod.salesFen, lastPeriod.tickets);
  return {
    salesFen: input.plannedSalesFen,
    newVipShare,
    averageTicketFen: ticket,
    newCards: newCardTarget(input.plannedSalesFen, newVipShare, ticket),
  };
}

/** Sales in the window to members who signed up in it: the new VIPs' part. */
export function newVipSales(
  live: readonly MemberEvent[],
  members: readonly { id: MemberId; createdAt: number }[],
  window: Window,
): number {
  const joined = new Set(members.filter((m) => within(m.createdAt, window)).map((m) => m.id));
  let sales = 0;
  for (const e of live)
    if (e.kind === 'purchase' && within(e.at, window) && joined.has(e.memberId)) sales += e.payload.total;
  return sales;
}
