import type { z } from 'zod';
import type { FieldRecord } from '../../shared/domain/field-record';
import type { Db, DbTx } from '../db/handle';
import { inSeqRange, type SeqRange } from './seq-range';
import { readStored } from './stored-json';

/**
 * The field records of a store inside a store-locked transaction (sync-tx.ts): every type's in
 * one table (decision 0016). A write takes the store's next change number.
 */
export function fieldRecordRepository(
  trx: DbTx,
  storeId: string,
  nextSeq: () => Promise<number>,
  now: number,
) {
  return {
    /** A record as stored, read through its type's schema; undefined until its first edit. */
    async find<S extends z.ZodType>(type: string, key: string, schema: S): Promise<z.output<S> | undefined> {
      const row = await trx
        .selectFrom('field_records')
        .select('record')
        .where('store_id', '=', storeId)
        .where('type', '=', type)
        .where('key', '=', key)
        .executeTakeFirst();
      return row && readStored(schema, row.record);
    },
    /**
     * Delete the records of a type whose key names this member (`memberOf`, from MEMBER_OF_KEY).
     * LIKE only narrows the read; the key's own rule decides.
     */
    async deleteOfMember(
      type: string,
      memberId: string,
      memberOf: (key: string) => string | null,
    ): Promise<number> {
      const rows = await trx
        .selectFrom('field_records')
        .select('key')
        .where('store_id', '=', storeId)
        .where('type', '=', type)
        .where('key', 'like', `%${memberId}%`)
        .execute();
      const keys = rows.flatMap((r) => (memberOf(r.key) === memberId ? [r.key] : []));
      if (keys.length > 0)
        await trx
          .deleteFrom('field_records')
          .where('store_id', '=', storeId)
          .where('type', '=', type)
          .where('key', 'in', keys)
          .execute();
      return keys.length;
    },
    async put(type: string, record: FieldRecord<object>): Promise<void> {
      const values = { seq: await nextSeq(), record: JSON.stringify(record), updated_at: now };
      await trx
        .insertInto('field_records')
        .values({ store_id: storeId, type, key: record.key, ...values })
        .onConflict((oc) => oc.columns(['store_id', 'type', 'key']).doUpdateSet(values))
        .execute();
    },
  };
}
export type FieldRecordRepository = ReturnType<typeof fieldRecordRepository>;

/** A type's records numbered in (after, below), in change order, as their stored JSON text. */
export function fieldRecordsAfter(
  db: Db,
  type: string,
  q: SeqRange,
): Promise<{ seq: number; record: string }[]> {
  return inSeqRange(
    db.selectFrom('field_records').select(['seq', 'record']).where('type', '=', type),
    q,
  ).execute();
}

/** How many of a type's records are numbered after `after`, for the first download's progress. */
export async function countFieldRecordsAfter(
  db: Db,
  type: string,
  storeId: string,
  after: number,
): Promise<number> {
  const row = await db
    .selectFrom('field_records')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('store_id', '=', storeId)
    .where('type', '=', type)
    .where('seq', '>', after)
    .executeTakeFirstOrThrow();
  return row.n;
}
