import type { Birthday, MemberFields } from '../../schemas/member.schema';
import type { MemberId, StaffId } from '../../schemas/ids.schema';

/*
 * What the counter reads besides members and events: the till's figures of a day and the
 * manager's targets, synced records keyed by day ('YYYY-MM-DD') and by `<staffId>/<YYYY>-Q<n>`.
 * Money in fen, shares in basis points (5,000 = 50 %), so every figure is a whole number.
 */

/** The store's whole day at the till: members and walk-ins alike. */
export interface TillFigures {
  salesFen: number;
  tickets: number;
  pieces: number;
}

/** A day's targets; a field the manager left unset is absent. */
export interface DayTarget {
  vipSalesFen?: number;
  vipShareBp?: number;
  newCards?: number;
  vipVisits?: number;
  followUps?: number;
}

/** An associate's target for a quarter. */
export interface StaffTarget {
  newCards?: number;
}

/**
 * A member as the counter needs her. `openedBy` is whoever took her consent at sign-up (the
 * card's opener, 开卡人); `ownerStaffId` is the associate who looks after her (一对一服务).
 */
export interface CardHolder {
  id: MemberId;
  name: string;
  createdAt: number;
  openedBy: StaffId | null;
  ownerStaffId: StaffId | null;
  birthday: Birthday | null;
}

/** The counter's view of a stored member. */
export function cardHolderOf(m: { id: MemberId; createdAt: number; fields: MemberFields }): CardHolder {
  return {
    id: m.id,
    name: m.fields.name,
    createdAt: m.createdAt,
    openedBy: m.fields.consent.staffId,
    ownerStaffId: m.fields.ownerStaffId,
    birthday: m.fields.birthday,
  };
}
