import { MEMBER_OF_KEY } from '../../shared/domain/field-record-types';
import type { MemberRecord } from '../../shared/schemas/member.schema';
import type { MemberEvent } from '../../shared/schemas/event.schema';
import type { SearchKeys } from '../../shared/sync/protocol.schema';
import { searchKeysOf } from '../../shared/domain/search-keys';
import type { SyncTx } from '../repositories/sync-tx';
import type { GoneState, StoredMember } from '../repositories/member-sync.repository';

// Merge chains are short (a duplicate of a duplicate); the cap only guards against a cycle.
const MAX_MERGE_HOPS = 16;

export const findMember = (tx: SyncTx, id: string): Promise<StoredMember | undefined> => tx.members.find(id);

/** The member a change about `id` lands on: `id` itself, or the member it was merged into. */
export async function followMerges(tx: SyncTx, id: string): Promise<StoredMember | undefined> {
  let member = await findMember(tx, id);
  for (let hop = 0; member?.state === 'merged' && member.mergedInto !== null && hop < MAX_MERGE_HOPS; hop++)
    member = await findMember(tx, member.mergedInto);
  return member;
}

/** The live members holding `phone`, earliest card first: what the phone rule reads (domain/phone-rule). */
export const liveByPhone = (tx: SyncTx, phone: string) => tx.members.liveByPhone(phone);

/** Write a live member; search keys are derived here, so tablets never need pinyin to download. */
export const putLiveMember = (tx: SyncTx, record: MemberRecord, keys?: SearchKeys): Promise<void> =>
  tx.members.putLive(record, keys ?? searchKeysOf(record.fields.name));

export const putTombstone = (
  tx: SyncTx,
  id: string,
  state: GoneState,
  createdHlc: string,
  mergedInto: string | null = null,
): Promise<void> => tx.members.putTombstone(id, state, createdHlc, mergedInto);

/** Members already merged into `id`: when `id` is merged away in turn, they follow it. */
export const mergedInto = (tx: SyncTx, id: string) => tx.members.mergedInto(id);

export const findEvent = (tx: SyncTx, id: string) => tx.events.find(id);

/** The voids recorded on a member: with the target, what the void rule reads (domain/void-rule). */
export const voidsOn = (tx: SyncTx, memberId: string) => tx.events.voidsOn(memberId);

/** Ids are made on tablets; one already used anywhere, even in another store, is never written over. */
export const idInUse = (tx: SyncTx, table: 'members' | 'events', id: string) =>
  table === 'members' ? tx.members.idInUse(id) : tx.events.idInUse(id);

export const insertEvent = (tx: SyncTx, event: MemberEvent): Promise<void> => tx.events.insert(event);

/** Move a member's events to the member she was merged into; each moved event is a change tablets pull. */
export const repointEvents = (tx: SyncTx, fromId: string, toId: string): Promise<void> =>
  tx.events.repoint(fromId, toId);

export const deleteEventsOf = (tx: SyncTx, memberId: string): Promise<void> => tx.events.deleteOf(memberId);

/** Her field records (task states name her in their keys): erasure leaves nothing about her. */
export async function deleteRecordsOf(tx: SyncTx, memberId: string): Promise<void> {
  for (const [type, memberOf] of Object.entries(MEMBER_OF_KEY))
    await tx.records.deleteOfMember(type, memberId, memberOf);
}
