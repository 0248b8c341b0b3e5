import type { MemberEvent } from '../../schemas/event.schema';
import type { EventId, MemberId, StaffId } from '../../schemas/ids.schema';
import type { Birthday } from '../../schemas/member.schema';
import type { CardHolder } from './counter-records';

// Builders for the counter's tests: a store's events and members as tablets record them.
let serial = 0;
const uuid = (n: number) => `0190d000-0000-7000-8000-${String(n).padStart(12, '0')}`;
export const nextId = () => uuid(++serial);
export const LI = uuid(900_001) as StaffId;
export const ZHOU = uuid(900_002) as StaffId;
export const member = (n: number) => uuid(800_000 + n) as MemberId;

/** 2026-11-20 (a Friday) at `hh:mm` in Shanghai. */
export const shanghai = (hh: number, mm = 0, day = 20, month = 11) =>
  Date.UTC(2026, month - 1, day, hh - 8, mm);

export function sale(
  at: number,
  who: MemberId,
  totalFen: number,
  pieces = 1,
  staffId: StaffId = LI,
): MemberEvent {
  const unitPrice = totalFen / pieces;
  return {
    id: nextId() as EventId,
    memberId: who,
    staffId,
    at,
    kind: 'purchase',
    payload: {
      items: [{ styleNo: 'FW26-01', category: 'tops', size: 'M', quantity: pieces, unitPrice }],
      total: totalFen,
    },
  };
}

export function came(at: number, who: MemberId, staffId: StaffId = LI): MemberEvent {
  return { id: nextId() as EventId, memberId: who, staffId, at, kind: 'visit', payload: {} };
}

export function voided(target: MemberEvent, at: number): MemberEvent {
  return {
    id: nextId() as EventId,
    memberId: target.memberId,
    staffId: target.staffId,
    at,
    kind: 'void',
    payload: { targetId: target.id, reason: '录错' },
  };
}

export function followUp(at: number, who: MemberId, staffId: StaffId = LI): MemberEvent {
  return {
    id: nextId() as EventId,
    memberId: who,
    staffId,
    at,
    kind: 'contact',
    payload: { channel: 'wechat', purpose: 'follow-up' },
  };
}

export function holder(
  n: number,
  createdAt: number,
  openedBy: StaffId | null = LI,
  birthday: Birthday | null = null,
): CardHolder {
  return { id: member(n), name: `会员${n}`, createdAt, openedBy, ownerStaffId: openedBy, birthday };
}
