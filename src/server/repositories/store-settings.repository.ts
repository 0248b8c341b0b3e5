import { StoreSettingsRecord as SettingsRecordSchema } from '../../shared/schemas/store-settings.schema';
import {
  DEFAULT_STORE_SETTINGS,
  type StoreSettingsFields,
  type StoreSettingsRecord,
} from '../../shared/domain/store-settings';
import type { Db, DbTx } from '../db/handle';
import { inSeqRange, type SeqRange } from './seq-range';
import { readStored } from './stored-json';

const readRecord = (text: string): StoreSettingsRecord => readStored(SettingsRecordSchema, text);

/** The store's settings record, or undefined while the store runs on the defaults. */
export async function findStoreSettings(
  db: Db | DbTx,
  storeId: string,
): Promise<StoreSettingsRecord | undefined> {
  const row = await db
    .selectFrom('store_settings')
    .select('record')
    .where('store_id', '=', storeId)
    .executeTakeFirst();
  return row && readRecord(row.record);
}

/** What services outside sync read of a store's settings. */
export const storeSettingsReader = (db: Db) => ({
  /** The settings a store runs on: its record's fields, or the defaults until a manager first saves. */
  async of(storeId: string): Promise<StoreSettingsFields> {
    return (await findStoreSettings(db, storeId))?.fields ?? DEFAULT_STORE_SETTINGS;
  },
});

/** The store's settings inside a push's transaction; a write takes the next change number. */
export function storeSettingsRepository(
  trx: DbTx,
  storeId: string,
  nextSeq: () => Promise<number>,
  now: number,
) {
  return {
    find: () => findStoreSettings(trx, storeId),
    async put(record: StoreSettingsRecord): Promise<void> {
      const values = { seq: await nextSeq(), record: JSON.stringify(record), updated_at: now };
      await trx
        .insertInto('store_settings')
        .values({ store_id: storeId, ...values })
        .onConflict((oc) => oc.column('store_id').doUpdateSet(values))
        .execute();
    },
  };
}

/** The settings row numbered in (after, below), as its stored JSON text. */
export function storeSettingsAfter(db: Db, q: SeqRange): Promise<{ seq: number; record: string }[]> {
  return inSeqRange(db.selectFrom('store_settings').select(['seq', 'record']), q).execute();
}
