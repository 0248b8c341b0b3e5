import type { MemberEvent, PurchaseEvent } from '../schemas/event.schema';
import type { EventId, MemberId, StaffId } from '../schemas/ids.schema';
import { pointsForPurchase, type ProgrammeRules } from './programme/rules';

/*
 * What an imported member brings from the store's old records: her spend to date and her points
 * balance, as ordinary events every tablet already reads (decision 0017), so tiers and balances
 * are right from the first day and no protocol changes:
 *  - an opening purchase: one line of style 期初 for the whole amount, noted as such;
 *  - an opening points entry: the balance less the points that purchase earns by the rules.
 * Tablets that know the marker leave the opening purchase out of what a real sale drives (the
 * follow-up call, visit dates, pieces bought); older ones see one purchase on the import day.
 */

export const OPENING_STYLE_NO = '期初';
export const OPENING_NOTE = '导入前累计消费 / spend before Floorbook';
export const OPENING_POINTS_REASON = '导入前积分余额 / points before Floorbook';

export function openingPurchase(
  ids: { id: EventId; memberId: MemberId; staffId: StaffId },
  at: number,
  total: number,
): PurchaseEvent {
  return {
    ...ids,
    at,
    kind: 'purchase',
    payload: {
      items: [
        { styleNo: OPENING_STYLE_NO, category: 'accessories', size: '', quantity: 1, unitPrice: total },
      ],
      total,
      notes: OPENING_NOTE,
    },
  };
}

/** The points entry that brings her balance to `balance`, after the opening purchase's own points; null when none is needed. */
export function openingPoints(
  ids: { id: EventId; memberId: MemberId; staffId: StaffId },
  at: number,
  balance: number,
  openingSpend: number,
  rules: ProgrammeRules,
): MemberEvent | null {
  const delta = balance - pointsForPurchase(openingSpend, rules);
  if (delta === 0) return null;
  return { ...ids, at, kind: 'points', payload: { delta, reason: OPENING_POINTS_REASON } };
}

/** The opening purchase of an imported member: spend to date, not a sale made here. */
export function isOpeningPurchase(e: MemberEvent): boolean {
  return (
    e.kind === 'purchase' &&
    e.payload.notes === OPENING_NOTE &&
    e.payload.items.length === 1 &&
    e.payload.items[0]?.styleNo === OPENING_STYLE_NO
  );
}
