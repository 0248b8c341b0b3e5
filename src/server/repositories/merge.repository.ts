import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { MemberRecord } from '../../shared/schemas/member.schema';
import { readStored } from './stored-json';

export interface MergeAwaitingReview {
  /** The member merged away, as the merge row names her. */
  absorbedId: string;
  mergedAt: number;
  /** The member kept, while she is still live. */
  survivor: MemberRecord | null;
}

export function mergeRepository(db: Kysely<Database>) {
  return {
    /** Merges nobody has confirmed yet, newest first, with the member kept if she is still live. */
    async awaitingReview(storeId: string, limit: number): Promise<MergeAwaitingReview[]> {
      const rows = await db
        .selectFrom('member_merges as mm')
        .leftJoin('members as m', (j) => j.onRef('m.id', '=', 'mm.winner_id').on('m.state', '=', 'live'))
        .select(['mm.loser_id', 'mm.merged_at', 'm.record'])
        .where('mm.store_id', '=', storeId)
        .where('mm.reviewed_at', 'is', null)
        .orderBy('mm.merged_at', 'desc')
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        absorbedId: r.loser_id,
        mergedAt: r.merged_at,
        survivor: r.record === null ? null : readStored(MemberRecord, r.record),
      }));
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
