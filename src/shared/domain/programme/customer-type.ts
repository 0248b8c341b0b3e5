import type { PurchaseEvent } from '../../schemas/event.schema';

export type CustomerTypeId =
  'new-arrival' | 'promotion' | 'bulk' | 'frequent' | 'single-item' | 'high-price' | 'casual-style';

export interface CustomerType {
  id: CustomerTypeId;
  /** Why, as short keys with the figure behind them ('promotion-share:0.67'); the UI words them. */
  reasons: string[];
}

export interface CustomerTypeContext {
  now: number;
  /** The store's average unit price in fen; without it nobody is classed high-price. */
  storeAverageUnitPrice?: number;
  /** The member's style tags from her profile. */
  styles?: readonly string[];
}

const DAY = 86_400_000;
export const MIN_PURCHASES = 3;

/**
 * The thresholds, checked in this order; the first that fits is her type and the others that
 * fit are kept as reasons. Price sensitivity and novelty say most about what to offer her next,
 * so they come first; volume and rhythm next; style last, as a tie-breaker the profile supplies.
 * - promotion: at least half of the pieces bought at a promotional price
 * - new-arrival: at least half of the pieces new-season arrivals
 * - high-price: average unit price at least 1.5 × the store's
 * - bulk: 4 or more pieces per ticket on average
 * - frequent: purchases on three or more days, on average 30 days apart or closer
 * - single-item: at most 1.2 pieces per ticket
 * - casual-style: her profile says casual
 */
export function classifyCustomer(
  purchases: readonly PurchaseEvent[],
  context: CustomerTypeContext,
): CustomerType | null {
  if (purchases.length < MIN_PURCHASES) return null;
  let pieces = 0;
  let promo = 0;
  let fresh = 0;
  let spend = 0;
  for (const p of purchases)
    for (const item of p.payload.items) {
      pieces += item.quantity;
      spend += item.quantity * item.unitPrice;
      if (item.promotion) promo += item.quantity;
      if (item.newArrival) fresh += item.quantity;
    }
  const times = purchases.map((p) => p.at).sort((a, b) => a - b);
  const span = (times.at(-1) ?? 0) - (times[0] ?? 0);
  const interval = span / (purchases.length - 1) / DAY;
  const perTicket = pieces / purchases.length;
  const unitPrice = pieces === 0 ? 0 : spend / pieces;
  const fits: [CustomerTypeId, string][] = [];
  const share = (n: number) => (pieces === 0 ? 0 : n / pieces);
  if (share(promo) >= 0.5) fits.push(['promotion', `promotion-share:${share(promo).toFixed(2)}`]);
  if (share(fresh) >= 0.5) fits.push(['new-arrival', `new-arrival-share:${share(fresh).toFixed(2)}`]);
  const storePrice = context.storeAverageUnitPrice;
  if (storePrice !== undefined && storePrice > 0 && unitPrice >= 1.5 * storePrice)
    fits.push(['high-price', `unit-price-ratio:${(unitPrice / storePrice).toFixed(2)}`]);
  if (perTicket >= 4) fits.push(['bulk', `pieces-per-ticket:${perTicket.toFixed(1)}`]);
  const days = new Set(times.map((at) => Math.floor(at / DAY))).size;
  if (days >= MIN_PURCHASES && interval <= 30)
    fits.push(['frequent', `days-between-purchases:${Math.round(interval)}`]);
  if (perTicket <= 1.2) fits.push(['single-item', `pieces-per-ticket:${perTicket.toFixed(1)}`]);
  if (context.styles?.includes('casual')) fits.push(['casual-style', 'style:casual']);
  const [first] = fits;
  if (!first) return null;
  return { id: first[0], reasons: fits.map(([, reason]) => reason) };
}
