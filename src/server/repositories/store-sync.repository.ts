import type { Db, DbTx } from '../db/handle';

/** The store row as a pull reads it: the change number reached, and below which tombstones were purged. */
export async function storeSyncMarks(
  db: Db,
  storeId: string,
): Promise<{ seq: number; purgedSeq: number } | undefined> {
  const row = await db
    .selectFrom('stores')
    .select(['seq', 'purged_seq'])
    .where('id', '=', storeId)
    .executeTakeFirst();
  return row && { seq: row.seq, purgedSeq: row.purged_seq };
}

/**
 * Take the store's row lock before anything else in a push. Pushes of one store then run one
 * after another, so two tablets sending the same change, or changes to the same member, never
 * interleave, and no late commit can slip behind a cursor already handed out. Returns the store
 * as the lock found it, or undefined when there is no such store.
 */
export async function lockStore(
  trx: DbTx,
  storeId: string,
): Promise<{ id: string; hlc: string; seq: number } | undefined> {
  return trx
    .updateTable('stores')
    .set((eb) => ({ seq: eb.ref('seq') }))
    .where('id', '=', storeId)
    .returning(['id', 'hlc', 'seq'])
    .executeTakeFirst();
}

export async function storeSeq(trx: DbTx, storeId: string): Promise<number> {
  const row = await trx
    .selectFrom('stores')
    .select('seq')
    .where('id', '=', storeId)
    .executeTakeFirstOrThrow();
  return row.seq;
}

export async function saveStoreClock(trx: DbTx, storeId: string, hlc: string): Promise<void> {
  await trx.updateTable('stores').set({ hlc }).where('id', '=', storeId).execute();
}

/** Drop tombstones last written before `cutoff` and raise each store's purge mark past them. */
export async function purgeTombstonesBefore(db: Db, cutoff: number): Promise<number> {
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

/** Rows of `table` numbered after `after`, for the first download's progress. */
export async function countRowsAfter(
  db: Db,
  table: 'members' | 'events' | 'store_settings',
  storeId: string,
  after: number,
): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('store_id', '=', storeId)
    .where('seq', '>', after)
    .executeTakeFirstOrThrow();
  return row.n;
}
