import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Head office (issue 4): a chain's first owner may see every store's figures and open new
 * stores. A flag on her staff row, not a role: she still runs her own store as its owner.
 * 0/1 integer, not boolean: SQLite has no boolean, and one column type keeps both dialects alike.
 */
export const chain: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('staff')
      .addColumn('chain_admin', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    // Head office's sales figures read the purchases of the last 30 days across every store.
    await db.schema.createIndex('events_kind_at').on('events').columns(['kind', 'at']).execute();
    // A deployment from before head office: the owner who set it up (the first active owner of
    // the first store) is its head office, as set-up makes her now.
    await sql`
      update staff set chain_admin = 1
      where id = (
        select s.id from staff s
        where s.role = 'owner' and s.disabled_at is null
          and s.store_id = (select st.id from stores st order by st.created_at, st.id limit 1)
        order by s.created_at, s.id
        limit 1
      )`.execute(db);
  },
};
