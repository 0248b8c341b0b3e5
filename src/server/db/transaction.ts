import { Transaction, type Kysely } from 'kysely';
import type { Database } from './schema';

/**
 * Run `work` atomically: inside the caller's transaction when `db` already is one, in a
 * transaction of its own otherwise. A repository method that writes several rows uses it, so it
 * stays whole on its own and still joins a service's `inTransaction` (Kysely cannot nest them).
 */
export function atomic<T>(
  db: Kysely<Database>,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  if (db instanceof Transaction) return work(db as Transaction<Database>);
  return db.transaction().execute(work);
}
