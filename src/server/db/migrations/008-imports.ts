import type { Kysely, Migration } from 'kysely';

/**
 * Imports (decision 0017): a job per uploaded file, its refusals (line and reason code, never the
 * row's data), and each store's remembered column mapping (header → field).
 */
export const imports: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('import_jobs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('store_id', 'text', (c) => c.notNull().references('stores.id'))
      .addColumn('staff_id', 'text', (c) => c.notNull())
      .addColumn('device_id', 'text')
      .addColumn('file_name', 'text', (c) => c.notNull())
      .addColumn('shape', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('dry_run', 'integer', (c) => c.notNull())
      .addColumn('settings', 'text')
      .addColumn('phase', 'text')
      .addColumn('rows_total', 'integer')
      .addColumn('rows_done', 'integer', (c) => c.notNull())
      .addColumn('cursor_line', 'integer', (c) => c.notNull())
      .addColumn('counts', 'text', (c) => c.notNull())
      .addColumn('error', 'text')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('finished_at', 'bigint')
      .execute();
    await db.schema.createIndex('import_jobs_state').on('import_jobs').columns(['state']).execute();
    await db.schema
      .createTable('import_refusals')
      .addColumn('job_id', 'text', (c) => c.notNull())
      .addColumn('line', 'integer', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('field', 'text')
      .addColumn('first_line', 'integer')
      .addPrimaryKeyConstraint('import_refusals_pk', ['job_id', 'line'])
      .execute();
    await db.schema
      .createTable('import_mappings')
      .addColumn('store_id', 'text', (c) => c.primaryKey().references('stores.id'))
      .addColumn('headers', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();
  },
};
