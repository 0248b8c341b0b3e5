import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

export function posPostRepository(db: Kysely<Database>) {
  return {
    /** Whether the store already took a post of this id. */
    async taken(storeId: string, postId: string): Promise<boolean> {
      const row = await db
        .selectFrom('pos_posts')
        .select('post_id')
        .where('store_id', '=', storeId)
        .where('post_id', '=', postId)
        .executeTakeFirst();
      return row !== undefined;
    },

    /**
     * Take a post once: false when the store took one of this id already. The primary key decides,
     * so two copies of a post arriving together cannot both be taken.
     */
    async take(p: {
      storeId: string;
      postId: string;
      keyId: string;
      days: number;
      now: number;
    }): Promise<boolean> {
      const result = await db
        .insertInto('pos_posts')
        .values({ store_id: p.storeId, post_id: p.postId, key_id: p.keyId, days: p.days, received_at: p.now })
        .onConflict((oc) => oc.columns(['store_id', 'post_id']).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
    },
  };
}
