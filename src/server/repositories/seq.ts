import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';

/**
 * Take `count` consecutive change numbers for a store. The UPDATE holds the store row's
 * lock until the transaction ends, so on PostgreSQL a writer that commits late cannot hold
 * a number lower than one a reader has already been handed: numbers commit in order.
 * Returns the first of the numbers taken.
 */
export async function takeSeq(trx: Transaction<Database>, storeId: string, count: number): Promise<number> {
  const row = await trx
    .updateTable('stores')
    .set((eb) => ({ seq: eb('seq', '+', count) }))
    .where('id', '=', storeId)
    .returning('seq')
    .executeTakeFirstOrThrow();
  return row.seq - count + 1;
}
