import type { MemberRecord } from '../../shared/schemas/member.schema';
import type { MemberEvent } from '../../shared/schemas/event.schema';
import type { SearchKeys } from '../../shared/sync/protocol.schema';
import { searchKeysOf } from '../../shared/domain/search-keys';
import type { MembersTable } from '../db/schema';
import type { SyncTx } from './sync-tx';

export type GoneState = 'deleted' | 'erased' | 'merged';

export interface StoredMember {
  id: string;
  state: MembersTable['state'];
  mergedInto: string | null;
  record: MemberRecord | null;
  keys: SearchKeys;
  createdHlc: string;
}

// Merge chains are short (a duplicate of a duplicate); the cap only guards against a cycle.
const MAX_MERGE_HOPS = 16;

export async function findMember(tx: SyncTx, id: string): Promise<StoredMember | undefined> {
  const row = await tx.trx
    .selectFrom('members')
    .select(['id', 'state', 'merged_into', 'record', 'pinyin', 'initials', 'created_hlc'])
    .where('store_id', '=', tx.storeId)
    .where('id', '=', id)
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      state: row.state,
      mergedInto: row.merged_into,
      record: row.record === null ? null : (JSON.parse(row.record) as MemberRecord),
      keys: { pinyin: row.pinyin, initials: row.initials },
      createdHlc: row.created_hlc,
    }
  );
}

/** The member a change about `id` lands on: `id` itself, or the member it was merged into. */
export async function followMerges(tx: SyncTx, id: string): Promise<StoredMember | undefined> {
  let member = await findMember(tx, id);
  for (let hop = 0; member?.state === 'merged' && member.mergedInto !== null && hop < MAX_MERGE_HOPS; hop++)
    member = await findMember(tx, member.mergedInto);
  return member;
}

/** The live members holding `phone`, earliest card first: what the phone rule reads (domain/phone-rule). */
export async function liveByPhone(tx: SyncTx, phone: string): Promise<MemberRecord[]> {
  const rows = await tx.trx
    .selectFrom('members')
    .select('record')
    .where('store_id', '=', tx.storeId)
    .where('phone', '=', phone)
    .where('state', '=', 'live')
    .orderBy('created_hlc')
    .execute();
  return rows.flatMap((r) => (r.record ? [JSON.parse(r.record) as MemberRecord] : []));
}

/** Write a live member; search keys are derived here, so tablets never need pinyin to download. */
export async function putLiveMember(tx: SyncTx, record: MemberRecord, keys?: SearchKeys): Promise<void> {
  const k = keys ?? searchKeysOf(record.fields.name);
  const values = {
    seq: await tx.nextSeq(),
    state: 'live' as const,
    merged_into: null,
    phone: record.fields.phone,
    record: JSON.stringify(record),
    pinyin: k.pinyin,
    initials: k.initials,
    created_hlc: record.createdHlc,
    updated_at: tx.now,
  };
  await tx.trx
    .insertInto('members')
    .values({ id: record.id, store_id: tx.storeId, ...values })
    .onConflict((oc) => oc.column('id').doUpdateSet(values).where('members.store_id', '=', tx.storeId))
    .execute();
}

/** A tombstone keeps no personal data: only the id, why it went, and where a merge led. */
export async function putTombstone(
  tx: SyncTx,
  id: string,
  state: GoneState,
  createdHlc: string,
  mergedInto: string | null = null,
): Promise<void> {
  const values = {
    seq: await tx.nextSeq(),
    state,
    merged_into: mergedInto,
    phone: null,
    record: null,
    pinyin: '',
    initials: '',
    created_hlc: createdHlc,
    updated_at: tx.now,
  };
  await tx.trx
    .insertInto('members')
    .values({ id, store_id: tx.storeId, ...values })
    .onConflict((oc) => oc.column('id').doUpdateSet(values).where('members.store_id', '=', tx.storeId))
    .execute();
}

/** Members already merged into `id`: when `id` is merged away in turn, they follow it. */
export async function mergedInto(tx: SyncTx, id: string): Promise<{ id: string; createdHlc: string }[]> {
  const rows = await tx.trx
    .selectFrom('members')
    .select(['id', 'created_hlc'])
    .where('store_id', '=', tx.storeId)
    .where('merged_into', '=', id)
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({ id: r.id, createdHlc: r.created_hlc }));
}

export async function findEvent(tx: SyncTx, id: string): Promise<MemberEvent | undefined> {
  const row = await tx.trx
    .selectFrom('events')
    .select('body')
    .where('store_id', '=', tx.storeId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && (JSON.parse(row.body) as MemberEvent);
}

/** The voids recorded on a member: with the target, what the void rule reads (domain/void-rule). */
export async function voidsOn(tx: SyncTx, memberId: string): Promise<MemberEvent[]> {
  const rows = await tx.trx
    .selectFrom('events')
    .select('body')
    .where('store_id', '=', tx.storeId)
    .where('member_id', '=', memberId)
    .where('kind', '=', 'void')
    .execute();
  return rows.map((r) => JSON.parse(r.body) as MemberEvent);
}

/** Ids are made on tablets; one already used anywhere, even in another store, is never written over. */
export async function idInUse(
  tx: SyncTx,
  table: 'members' | 'events',
  id: string,
): Promise<'here' | 'elsewhere' | null> {
  const row = await tx.trx.selectFrom(table).select('store_id').where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  return row.store_id === tx.storeId ? 'here' : 'elsewhere';
}

export async function insertEvent(tx: SyncTx, event: MemberEvent): Promise<void> {
  await tx.trx
    .insertInto('events')
    .values({
      id: event.id,
      store_id: tx.storeId,
      member_id: event.memberId,
      seq: await tx.nextSeq(),
      kind: event.kind,
      at: event.at,
      body: JSON.stringify(event),
      received_at: tx.now,
    })
    .execute();
}

/** Move a member's events to the member she was merged into; each moved event is a change tablets pull. */
export async function repointEvents(tx: SyncTx, fromId: string, toId: string): Promise<void> {
  const rows = await tx.trx
    .selectFrom('events')
    .select(['id', 'body'])
    .where('store_id', '=', tx.storeId)
    .where('member_id', '=', fromId)
    .orderBy('seq')
    .execute();
  for (const row of rows) {
    const event = { ...(JSON.parse(row.body) as MemberEvent), memberId: toId } as MemberEvent;
    await tx.trx
      .updateTable('events')
      .set({ member_id: toId, body: JSON.stringify(event), seq: await tx.nextSeq() })
      .where('id', '=', row.id)
      .execute();
  }
}

export async function deleteEventsOf(tx: SyncTx, memberId: string): Promise<void> {
  await tx.trx
    .deleteFrom('events')
    .where('store_id', '=', tx.storeId)
    .where('member_id', '=', memberId)
    .execute();
}
