import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** Reads for the members export: live members a page at a time, and their events. */
export function memberExportRepository(db: Kysely<Database>) {
  return {
    async livePage(storeId: string, afterId: string, limit: number) {
      return db
        .selectFrom('members')
        .select(['id', 'record'])
        .where('store_id', '=', storeId)
        .where('state', '=', 'live')
        .where('id', '>', afterId)
        .orderBy('id')
        .limit(limit)
        .execute();
    },

    async eventsOf(storeId: string, memberIds: readonly string[]) {
      if (memberIds.length === 0) return [];
      return db
        .selectFrom('events')
        .select(['member_id', 'body'])
        .where('store_id', '=', storeId)
        .where('member_id', 'in', [...memberIds])
        .execute();
    },
  };
}
