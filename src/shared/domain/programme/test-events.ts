import type { MemberEvent, PurchaseEvent, PurchaseItem } from '../../schemas/event.schema';
import type { EventId, MemberId, StaffId } from '../../schemas/ids.schema';
import { purchaseTotal } from '../purchase-total';

// Builders for the programme's tests: events as a tablet records them.
const MEMBER = '0190d000-0000-7000-8000-000000000001' as MemberId;
const STAFF = '0190d000-0000-7000-8000-000000000002' as StaffId;
let serial = 0;
const nextId = () => `0190d000-0000-7000-8000-${String(++serial).padStart(12, '0')}` as EventId;

export const DAY = 86_400_000;
export const NOW = Date.UTC(2026, 10, 22, 4);

export function item(unitPrice: number, quantity = 1, extra: Partial<PurchaseItem> = {}): PurchaseItem {
  return { styleNo: 'FW26-0001', category: 'tops', size: 'M', quantity, unitPrice, ...extra };
}

export function purchase(at: number, items: PurchaseItem[]): PurchaseEvent {
  const total = purchaseTotal(items);
  return { id: nextId(), memberId: MEMBER, staffId: STAFF, at, kind: 'purchase', payload: { items, total } };
}

export function visit(at: number): MemberEvent {
  return { id: nextId(), memberId: MEMBER, staffId: STAFF, at, kind: 'visit', payload: {} };
}

export function voidOf(target: MemberEvent, at: number): MemberEvent {
  return {
    id: nextId(),
    memberId: MEMBER,
    staffId: STAFF,
    at,
    kind: 'void',
    payload: { targetId: target.id, reason: '录错' },
  };
}

export function points(at: number, delta: number): MemberEvent {
  return {
    id: nextId(),
    memberId: MEMBER,
    staffId: STAFF,
    at,
    kind: 'points',
    payload: { delta, reason: '积分兑换' },
  };
}
