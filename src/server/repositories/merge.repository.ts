import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

export function mergeRepository(db: Kysely<Database>) {
  return {
    /** Merges nobody has confirmed yet, newest first, with the member kept if she is still live. */
    async awaitingReview(storeId: string, limit: number) {
      return db
        .selectFrom('member_merges as mm')
        .leftJoin('members as m', (j) => j.onRef('m.id', '=', 'mm.winner_id').on('m.state', '=', 'live'))
        .select(['mm.loser_id', 'mm.merged_at', 'm.id as survivor_id', 'm.record'])
        .where('mm.store_id', '=', storeId)
        .where('mm.reviewed_at', 'is', null)
        .orderBy('mm.merged_at', 'desc')
        .limit(limit)
        .execute();
    },

    /** Confirm once; a second confirmation keeps the first reviewer. */
    async review(
      storeId: string,
      id: string,
      by: string,
      now: number,
    ): Promise<'reviewed' | 'already' | 'not-found'> {
      const result = await db
        .updateTable('member_merges')
        .set({ reviewed_at: now, reviewed_by: by })
        .where('id', '=', id)
        .where('store_id', '=', storeId)
        .where('reviewed_at', 'is', null)
        .executeTakeFirst();
      if (result.numUpdatedRows === 1n) return 'reviewed';
      const seen = await db
        .selectFrom('member_merges')
        .select('id')
        .where('id', '=', id)
        .where('store_id', '=', storeId)
        .executeTakeFirst();
      return seen ? 'already' : 'not-found';
    },
  };
}
