import type { Kysely, Migration } from 'kysely';

/**
 * One table for every field-record type (decision 0016): till figures, targets, task states,
 * message templates, and those to come. A row is a record of a store, by type and key, with the
 * change number of its last write; each type's pull reads its rows in change order.
 */
export const fieldRecords: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('field_records')
      .addColumn('store_id', 'text', (c) => c.notNull().references('stores.id'))
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('seq', 'bigint', (c) => c.notNull())
      .addColumn('record', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('field_records_pk', ['store_id', 'type', 'key'])
      .execute();
    await db.schema
      .createIndex('field_records_seq')
      .on('field_records')
      .columns(['store_id', 'type', 'seq'])
      .execute();
  },
};
