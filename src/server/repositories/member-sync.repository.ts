import { MemberRecord } from '../../shared/schemas/member.schema';
import type { SearchKeys } from '../../shared/sync/protocol.schema';
import type { Db, DbTx } from '../db/handle';
import { inSeqRange, type SeqRange } from './seq-range';
import type { MembersTable } from '../db/schema';
import { readStored } from './stored-json';
import { takeSeq } from './seq';

export type GoneState = 'deleted' | 'erased' | 'merged';

export interface StoredMember {
  id: string;
  state: MembersTable['state'];
  mergedInto: string | null;
  record: MemberRecord | null;
  keys: SearchKeys;
  createdHlc: string;
}

/** A member row as a pull splices it: the record stays the JSON text it was stored as (0009). */
export interface PulledMemberRow {
  id: string;
  seq: number;
  state: MembersTable['state'];
  merged_into: string | null;
  record: string | null;
  pinyin: string;
  initials: string;
}

// Stored JSON is read back through the schema (stored-json.ts): a row of the wrong shape fails
// loudly here instead of spreading through the merge rules.
const readRecord = (text: string): MemberRecord => readStored(MemberRecord, text);

// Eleven columns a row: far below either dialect's bound-parameter limit.
const BULK_ROWS = 200;

/** The members of one store inside a push's transaction; every write takes the next change number. */
export function memberSyncRepository(
  trx: DbTx,
  storeId: string,
  nextSeq: () => Promise<number>,
  now: number,
) {
  async function put(id: string, values: Omit<MembersTable, 'id' | 'store_id' | 'seq' | 'updated_at'>) {
    const row = { ...values, seq: await nextSeq(), updated_at: now };
    await trx
      .insertInto('members')
      .values({ id, store_id: storeId, ...row })
      .onConflict((oc) => oc.column('id').doUpdateSet(row).where('members.store_id', '=', storeId))
      .execute();
  }
  return {
    async find(id: string): Promise<StoredMember | undefined> {
      const row = await trx
        .selectFrom('members')
        .select(['id', 'state', 'merged_into', 'record', 'pinyin', 'initials', 'created_hlc'])
        .where('store_id', '=', storeId)
        .where('id', '=', id)
        .executeTakeFirst();
      return (
        row && {
          id: row.id,
          state: row.state,
          mergedInto: row.merged_into,
          record: row.record === null ? null : readRecord(row.record),
          keys: { pinyin: row.pinyin, initials: row.initials },
          createdHlc: row.created_hlc,
        }
      );
    },

    /** The live members holding `phone`, earliest card first: what the phone rule reads (domain/phone-rule). */
    async liveByPhone(phone: string): Promise<MemberRecord[]> {
      const rows = await trx
        .selectFrom('members')
        .select('record')
        .where('store_id', '=', storeId)
        .where('phone', '=', phone)
        .where('state', '=', 'live')
        .orderBy('created_hlc')
        .execute();
      return rows.flatMap((r) => (r.record ? [readRecord(r.record)] : []));
    },

    putLive(record: MemberRecord, keys: SearchKeys): Promise<void> {
      return put(record.id, {
        state: 'live',
        merged_into: null,
        phone: record.fields.phone,
        record: JSON.stringify(record),
        pinyin: keys.pinyin,
        initials: keys.initials,
        created_hlc: record.createdHlc,
      });
    },

    /**
     * New members written in bulk (an import): ids fresh, so no row is replaced; the change
     * numbers are taken in one step, in the order given.
     */
    async insertLiveMany(members: readonly { record: MemberRecord; keys: SearchKeys }[]): Promise<void> {
      if (members.length === 0) return;
      const first = await takeSeq(trx, storeId, members.length);
      const rows = members.map(({ record, keys }, i) => ({
        id: record.id,
        store_id: storeId,
        seq: first + i,
        state: 'live' as const,
        merged_into: null,
        phone: record.fields.phone,
        record: JSON.stringify(record),
        pinyin: keys.pinyin,
        initials: keys.initials,
        created_hlc: record.createdHlc,
        updated_at: now,
      }));
      for (let i = 0; i < rows.length; i += BULK_ROWS)
        await trx
          .insertInto('members')
          .values(rows.slice(i, i + BULK_ROWS))
          .execute();
    },

    /** A tombstone keeps no personal data: only the id, why it went, and where a merge led. */
    putTombstone(id: string, state: GoneState, createdHlc: string, mergedInto: string | null): Promise<void> {
      return put(id, {
        state,
        merged_into: mergedInto,
        phone: null,
        record: null,
        pinyin: '',
        initials: '',
        created_hlc: createdHlc,
      });
    },

    /** Members already merged into `id`, in change order. */
    async mergedInto(id: string): Promise<{ id: string; createdHlc: string }[]> {
      const rows = await trx
        .selectFrom('members')
        .select(['id', 'created_hlc'])
        .where('store_id', '=', storeId)
        .where('merged_into', '=', id)
        .orderBy('seq')
        .execute();
      return rows.map((r) => ({ id: r.id, createdHlc: r.created_hlc }));
    },

    /** Which store, if any, already uses a member id: ids are made on tablets. */
    async idInUse(id: string): Promise<'here' | 'elsewhere' | null> {
      const row = await trx.selectFrom('members').select('store_id').where('id', '=', id).executeTakeFirst();
      if (!row) return null;
      return row.store_id === storeId ? 'here' : 'elsewhere';
    },

    /** Note a merge for the owner's review; a merge noted already stays as it was. */
    async noteMerge(survivorId: string, absorbedId: string): Promise<void> {
      await trx
        .insertInto('member_merges')
        .values({
          id: absorbedId,
          store_id: storeId,
          winner_id: survivorId,
          loser_id: absorbedId,
          merged_at: now,
          reviewed_at: null,
          reviewed_by: null,
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    },
  };
}
export type MemberSyncRepository = ReturnType<typeof memberSyncRepository>;

/** Member rows numbered in (after, below), in change order, at most `limit`. */
export function memberRowsAfter(db: Db, q: SeqRange): Promise<PulledMemberRow[]> {
  return inSeqRange(
    db.selectFrom('members').select(['id', 'seq', 'state', 'merged_into', 'record', 'pinyin', 'initials']),
    q,
  ).execute();
}
