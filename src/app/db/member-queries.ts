import type { MemberId } from '../../shared/schemas/ids.schema';
import type { EventRow, FloorbookDb, MemberRow } from './floorbook-db';

export interface MemberView {
  row: MemberRow;
  /** Her events in the order they happened. */
  events: EventRow[];
}

export type MemberLookup =
  | { kind: 'found'; member: MemberView }
  /** She was a duplicate, merged on the server into another member. */
  | { kind: 'merged'; into: MemberId }
  | { kind: 'missing' };

/** A member and her events as this tablet holds them, read together so they agree. */
export async function lookUpMember(db: FloorbookDb, id: string): Promise<MemberLookup> {
  return db.transaction('r', [db.members, db.events, db.merges], async () => {
    const row = await db.members.get(id as MemberId);
    if (row) {
      const events = await db.events.where('memberId').equals(id).sortBy('at');
      return { kind: 'found', member: { row, events } };
    }
    const merge = await db.merges.get(id as MemberId);
    return merge ? { kind: 'merged', into: merge.into } : { kind: 'missing' };
  });
}

/** Whether a card number is already handed out on this tablet, so a new card draws again. */
export async function cardNumberTaken(db: FloorbookDb, cardNo: string): Promise<boolean> {
  return (await db.members.where('cardNo').equals(cardNo).count()) > 0;
}
