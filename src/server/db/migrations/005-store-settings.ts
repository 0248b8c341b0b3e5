import type { Kysely, Migration } from 'kysely';
import { DEFAULT_STORE_SETTINGS } from '../../../shared/domain/store-settings';

/**
 * One settings record per store (decision 0014): programme rules and time zone, synced to its
 * tablets like members. Each store there is gets a record of the defaults it has run on so far,
 * with a change number of its own, so every tablet pulls it. A store made later starts on the
 * same defaults and gets its row when its settings are first saved.
 */
export const storeSettings: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('store_settings')
      .addColumn('store_id', 'text', (c) => c.primaryKey().references('stores.id'))
      .addColumn('seq', 'bigint', (c) => c.notNull())
      .addColumn('record', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('store_settings_seq')
      .on('store_settings')
      .columns(['store_id', 'seq'])
      .execute();

    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration sees the tables as they were then
    const old = db as Kysely<any>;
    const stores = (await old.selectFrom('stores').select(['id', 'seq']).execute()) as {
      id: string;
      seq: number | string;
    }[];
    for (const store of stores) {
      const seq = Number(store.seq) + 1;
      const record = { storeId: store.id, fields: DEFAULT_STORE_SETTINGS, clocks: {} };
      await old
        .insertInto('store_settings')
        .values({ store_id: store.id, seq, record: JSON.stringify(record), updated_at: Date.now() })
        .execute();
      await old.updateTable('stores').set({ seq }).where('id', '=', store.id).execute();
    }
  },
};
