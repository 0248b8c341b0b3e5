import type { Kysely, Migration } from 'kysely';

/**
 * Keys a store's till posts its daily figures with (issue 13): only a hash of each is kept, like
 * a tablet's credential. `pos_posts` remembers every post a store took, by the id its till gave
 * it, so the same post sent twice counts once.
 */
export const posKeys: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('pos_keys')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('store_id', 'text', (c) => c.notNull().references('stores.id'))
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('key_hash', 'text', (c) => c.notNull().unique())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('last_used_at', 'bigint')
      .addColumn('revoked_at', 'bigint')
      .addColumn('revoked_by', 'text')
      .execute();
    await db.schema.createIndex('pos_keys_store').on('pos_keys').column('store_id').execute();
    await db.schema
      .createTable('pos_posts')
      .addColumn('store_id', 'text', (c) => c.notNull().references('stores.id'))
      .addColumn('post_id', 'text', (c) => c.notNull())
      .addColumn('key_id', 'text', (c) => c.notNull().references('pos_keys.id'))
      .addColumn('days', 'integer', (c) => c.notNull())
      .addColumn('received_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('pos_posts_pk', ['store_id', 'post_id'])
      .execute();
  },
};
