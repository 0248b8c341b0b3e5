import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { takeSeq } from '../repositories/seq';
import { admitHlc } from '../../shared/sync/hlc';

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
  /** The clock a mutation is applied with (decision 0010): its own, or the store's next one. */
  admitClock(raw: string): string;
  /** Write the store's clock back; call once, after the batch's last mutation. */
  saveClock(): Promise<void>;
}

export function syncTx(trx: Transaction<Database>, store: { id: string; hlc: string }, now: number): SyncTx {
  let clock = store.hlc;
  return {
    trx,
    storeId: store.id,
    now,
    nextSeq: () => takeSeq(trx, store.id, 1),
    admitClock(raw) {
      const admitted = admitHlc(raw, clock, now);
      clock = admitted.store;
      return admitted.hlc;
    },
    async saveClock() {
      if (clock !== store.hlc)
        await trx.updateTable('stores').set({ hlc: clock }).where('id', '=', store.id).execute();
    },
  };
}

/**
 * Take the store's row lock before anything else in a push. Pushes of one store then run one
 * after another, so two tablets sending the same change, or changes to the same member, never
 * interleave, and no late commit can slip behind a cursor already handed out. Returns the store
 * as the lock found it, or undefined when there is no such store.
 */
export async function lockStore(
  trx: Transaction<Database>,
  storeId: string,
): Promise<{ id: string; hlc: string; seq: number } | undefined> {
  return trx
    .updateTable('stores')
    .set((eb) => ({ seq: eb.ref('seq') }))
    .where('id', '=', storeId)
    .returning(['id', 'hlc', 'seq'])
    .executeTakeFirst();
}
