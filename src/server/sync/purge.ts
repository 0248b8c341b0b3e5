import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/**
 * Drop tombstones older than the retention and raise each store's purge mark, so a cursor from
 * before them gets a full download instead of silently missing a deletion.
 */
export async function purgeTombstones(
  db: Kysely<Database>,
  now: number,
  retentionMs: number,
): Promise<number> {
  const cutoff = now - retentionMs;
  return db.transaction().execute(async (trx) => {
    const marks = await trx
      .selectFrom('members')
      .select(['store_id', (eb) => eb.fn.max('seq').as('mark')])
      .where('state', '!=', 'live')
      .where('updated_at', '<', cutoff)
      .groupBy('store_id')
      .execute();
    let purged = 0;
    for (const { store_id, mark } of marks) {
      // Only whole runs below the mark go, so no tombstone newer than the mark is lost.
      const result = await trx
        .deleteFrom('members')
        .where('store_id', '=', store_id)
        .where('state', '!=', 'live')
        .where('seq', '<=', mark)
        .where('updated_at', '<', cutoff)
        .executeTakeFirst();
      purged += Number(result.numDeletedRows);
      const store = await trx
        .selectFrom('stores')
        .select('purged_seq')
        .where('id', '=', store_id)
        .executeTakeFirst();
      await trx
        .updateTable('stores')
        .set({ purged_seq: Math.max(store?.purged_seq ?? 0, mark) })
        .where('id', '=', store_id)
        .execute();
    }
    return purged;
  });
}
