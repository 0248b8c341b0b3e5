import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

export function memberIdsRepository(db: Kysely<Database>) {
  return {
    /** Which of these member ids are this store's (live or a tombstone): another store's are not. */
    async inStore(storeId: string, ids: readonly string[]): Promise<Set<string>> {
      if (ids.length === 0) return new Set();
      const rows = await db
        .selectFrom('members')
        .select('id')
        .where('store_id', '=', storeId)
        .where('id', 'in', [...ids])
        .execute();
      return new Set(rows.map((r) => r.id));
    },
  };
}
