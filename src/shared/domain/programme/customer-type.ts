import type { PurchaseEvent } from '../../schemas/event.schema';
import { purchaseTotal } from '../purchase-total';

export type CustomerTypeId =
  'new-arrival' | 'promotion' | 'bulk' | 'frequent' | 'single-item' | 'high-price' | 'casual-style';

export interface CustomerType {
  id: CustomerTypeId;
  /**
   * Why, as `key:figure` for the UI to word: promotion-share and new-arrival-share (share of
   * pieces, 2 decimals), unit-price-ratio (to the store's, 2 decimals), pieces-per-ticket
   * (1 decimal), days-between-purchases (whole days), style:casual.
   */
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
 * Her type once she has bought three times (购买三次后), to choose what to show her and how to
 * contact her next; null before that, or when no signal is strong enough. Thresholds, checked in
 * this order of precedence; the first that fits is her type, and every one that fits is kept in
 * `reasons` (first reason = her type). What she responds to (price, novelty, price level) says
 * most about what to offer, so it comes first; volume and rhythm next; style, which comes from
 * her profile rather than her purchases, last.
 * - promotion 促销型: at least half of the pieces she bought were at a promotional price
 * - new-arrival 新货型: at least half were new-season arrivals
 * - high-price 高价型: her average unit price is at least 1.5 × the store's (needs the store's)
 * - bulk 批量型: 4 or more pieces per ticket on average
 * - frequent 多次型: purchases on 3 or more different days, and from her first purchase to `now`
 *   one purchase per 30 days or more, so a spree two years ago does not count
 * - single-item 单品型: at most 1.2 pieces per ticket on average
 * - casual-style 休闲风格型: her profile's styles include casual
 * Days are UTC days: a store open in China's daytime never straddles one (UTC midnight is 08:00).
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
  let first = Infinity;
  const days = new Set<number>();
  for (const p of purchases) {
    first = Math.min(first, p.at);
    days.add(Math.floor(p.at / DAY));
    spend += purchaseTotal(p.payload.items);
    for (const item of p.payload.items) {
      pieces += item.quantity;
      if (item.promotion) promo += item.quantity;
      if (item.newArrival) fresh += item.quantity;
    }
  }
  const daysPerPurchase = Math.max(0, context.now - first) / purchases.length / DAY;
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
  if (days.size >= MIN_PURCHASES && daysPerPurchase <= 30)
    fits.push(['frequent', `days-between-purchases:${Math.round(daysPerPurchase)}`]);
  if (perTicket <= 1.2) fits.push(['single-item', `pieces-per-ticket:${perTicket.toFixed(1)}`]);
  if (context.styles?.includes('casual')) fits.push(['casual-style', 'style:casual']);
  const [type] = fits;
  if (!type) return null;
  return { id: type[0], reasons: fits.map(([, reason]) => reason) };
}
