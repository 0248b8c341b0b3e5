import type { Kysely } from 'kysely';
import type { Database } from './schema';
import { repositories, type Repositories } from '../repositories/repositories';
import { inStoreTransaction, type SyncTx } from '../repositories/sync-tx';

/**
 * What services are given instead of a connection (decision 0015): the repositories, and a way
 * to run several of their calls as one transaction. Services never see Kysely or SQL.
 */
export interface DataAccess extends Repositories {
  /**
   * Run `work` in one transaction: every repository it is handed writes in it. It commits when
   * `work` resolves and rolls back when it throws. The handed repositories have no
   * `inTransaction` of their own, so a transaction cannot be opened inside another by mistake.
   */
  inTransaction<T>(work: (tx: Repositories) => Promise<T>): Promise<T>;
  /**
   * Run `work` in one transaction under the store's row lock, with the store-scoped, change-numbered
   * view sync writes through (decision 0015): for a service that writes synced records, such as the
   * till's post. Answers undefined when there is no such store.
   */
  inStoreTransaction<T>(
    storeId: string,
    now: number,
    work: (tx: SyncTx) => Promise<T>,
  ): Promise<T | undefined>;
}

export function dataAccess(db: Kysely<Database>): DataAccess {
  return {
    ...repositories(db),
    inTransaction: (work) => db.transaction().execute((trx) => work(repositories(trx))),
    inStoreTransaction: (storeId, now, work) => inStoreTransaction(db, storeId, now, work),
  };
}
