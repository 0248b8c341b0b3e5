import type { Kysely, Migration } from 'kysely';

/** Staff PINs, staff sessions, enrol codes, sign-in failures and the audit log (decision 0008). */
export const security: Migration = {
  async up(db: Kysely<unknown>) {
    // The offline verifier, encrypted with a key only the server holds; `pin_verifier` keeps the server's own.
    await db.schema.alterTable('staff').addColumn('pin_offline', 'text').execute();
    await db.schema.alterTable('devices').addColumn('revoked_by', 'text').execute();

    await db.schema
      .createTable('staff_sessions')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('store_id', 'text', (c) => c.notNull())
      .addColumn('staff_id', 'text', (c) => c.notNull())
      .addColumn('device_id', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('enrol_codes')
      .addColumn('code_hash', 'text', (c) => c.primaryKey())
      .addColumn('store_id', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .addColumn('used_at', 'bigint')
      .execute();

    // One row per subject: 'staff:<id>' or 'device:<id>'.
    await db.schema
      .createTable('sign_in_failures')
      .addColumn('subject', 'text', (c) => c.primaryKey())
      .addColumn('failures', 'integer', (c) => c.notNull())
      .addColumn('last_failed_at', 'bigint', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('audit_log')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('store_id', 'text', (c) => c.notNull())
      .addColumn('at', 'bigint', (c) => c.notNull())
      .addColumn('staff_id', 'text')
      .addColumn('device_id', 'text')
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('member_id', 'text')
      .addColumn('detail', 'text')
      .addColumn('received_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('audit_store_at').on('audit_log').columns(['store_id', 'at']).execute();
  },
};
