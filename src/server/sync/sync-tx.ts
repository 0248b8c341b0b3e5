import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { takeSeq } from '../repositories/seq';

/**
 * One push batch's view of the database: its transaction, the store it writes for, and the
 * server's time. Every row it writes takes the store's next change number, so pulls see writes
 * in commit order.
 */
export interface SyncTx {
  trx: Transaction<Database>;
  storeId: string;
  now: number;
  nextSeq(): Promise<number>;
}

export function syncTx(trx: Transaction<Database>, storeId: string, now: number): SyncTx {
  return { trx, storeId, now, nextSeq: () => takeSeq(trx, storeId, 1) };
}

/**
 * Take the store's row lock before anything else in a push. Pushes of one store then run one
 * after another, so two tablets sending the same change, or changes to the same member, never
 * interleave, and no late commit can slip behind a cursor already handed out.
 */
export async function lockStore(trx: Transaction<Database>, storeId: string): Promise<boolean> {
  const row = await trx
    .updateTable('stores')
    .set((eb) => ({ seq: eb.ref('seq') }))
    .where('id', '=', storeId)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}
