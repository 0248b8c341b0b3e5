import type { MemberEvent, PurchaseEvent } from '../../schemas/event.schema';
import { liveEvents } from './live-events';
import { isOpeningPurchase } from '../opening-balance';
import { classifyCustomer, type CustomerType, type CustomerTypeContext } from './customer-type';
import { pointsForPurchase, tierFor, type ProgrammeRules, type TierId } from './rules';

const DAY = 86_400_000;

export interface MemberSummary {
  purchases: number;
  visits: number;
  /** Pieces bought. */
  items: number;
  totalSpend: number;
  /** Spend inside the rolling tier window, fen. */
  windowSpend: number;
  /** 客单价, fen. */
  averageTicket: number;
  /** 连带率: pieces per ticket. */
  attachRate: number;
  /** 平均单价, fen. */
  averageUnitPrice: number;
  /** Latest visit or purchase. */
  lastVisitAt: number | null;
  lastPurchaseAt: number | null;
  /** Her first purchase, for customer value's purchases per year. */
  firstPurchaseAt: number | null;
  pointsEarned: number;
  pointsAdjusted: number;
  pointsBalance: number;
  tier: TierId;
  nextTier: { id: TierId; remaining: number } | null;
  /** From this tier's threshold to the next one's, 0..1; 1 at the top tier. */
  tierProgress: number;
  customerType: CustomerType | null;
}

/**
 * Everything the floor shows about a member, derived from her events by the programme's rules.
 * The tier window is the last `tierWindowDays` × 24 h before `now`. A purchase stamped a little
 * after `now` (another tablet's clock runs ahead) still counts in it, as it does in the totals.
 * One pass over the events: reports run this for every member of the store.
 */
export function summariseMember(
  events: readonly MemberEvent[],
  rules: ProgrammeRules,
  now: number,
  context: Omit<CustomerTypeContext, 'now'> = {},
): MemberSummary {
  const windowStart = now - rules.tierWindowDays * DAY;
  const purchases: PurchaseEvent[] = [];
  let visits = 0;
  let items = 0;
  let totalSpend = 0;
  let openingSpend = 0;
  let windowSpend = 0;
  let pointsEarned = 0;
  let pointsAdjusted = 0;
  let lastVisitAt: number | null = null;
  let lastPurchaseAt: number | null = null;
  let firstPurchaseAt: number | null = null;
  for (const e of liveEvents(events)) {
    switch (e.kind) {
      case 'purchase':
        totalSpend += e.payload.total;
        if (e.at > windowStart) windowSpend += e.payload.total;
        pointsEarned += pointsForPurchase(e.payload.total, rules);
        // An imported member's spend to date counts for her tier and points, not as a ticket,
        // pieces or a visit here (opening-balance.ts).
        if (isOpeningPurchase(e)) {
          openingSpend += e.payload.total;
          break;
        }
        purchases.push(e);
        for (const item of e.payload.items) items += item.quantity;
        lastPurchaseAt = Math.max(lastPurchaseAt ?? e.at, e.at);
        firstPurchaseAt = Math.min(firstPurchaseAt ?? e.at, e.at);
        lastVisitAt = Math.max(lastVisitAt ?? e.at, e.at);
        break;
      case 'visit':
        visits += 1;
        lastVisitAt = Math.max(lastVisitAt ?? e.at, e.at);
        break;
      case 'points':
        pointsAdjusted += e.payload.delta;
        break;
      case 'contact':
      case 'void':
        break;
    }
  }
  const n = purchases.length;
  const tier = tierFor(windowSpend, rules);
  const at = rules.tiers.findIndex((t) => t.id === tier);
  const next = rules.tiers[at + 1];
  const floor = rules.tiers[at]?.minSpend ?? 0;
  return {
    purchases: n,
    visits,
    items,
    totalSpend,
    windowSpend,
    averageTicket: n === 0 ? 0 : Math.round((totalSpend - openingSpend) / n),
    attachRate: n === 0 ? 0 : items / n,
    averageUnitPrice: items === 0 ? 0 : Math.round((totalSpend - openingSpend) / items),
    lastVisitAt,
    lastPurchaseAt,
    firstPurchaseAt,
    pointsEarned,
    pointsAdjusted,
    pointsBalance: pointsEarned + pointsAdjusted,
    tier,
    nextTier: next ? { id: next.id, remaining: next.minSpend - windowSpend } : null,
    tierProgress: next ? Math.min(1, Math.max(0, (windowSpend - floor) / (next.minSpend - floor))) : 1,
    customerType: classifyCustomer(purchases, { ...context, now }),
  };
}
