import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema';

/**
 * The database as services hold it: they pass it to repositories, the only code that writes SQL,
 * and never build a query themselves.
 */
export type Db = Kysely<Database>;
/** One open transaction, handed from a repository that began it to the repositories that share it. */
export type DbTx = Transaction<Database>;
