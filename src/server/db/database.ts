import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';
import { migrationProvider } from './migrations/migrations';

export type Dialect = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  close(): Promise<void>;
}

// int8 arrives as a string from pg by default; every int8 here is a seq or a ms timestamp,
// far below 2^53, so reading them as numbers is exact.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export class DatabaseOpenError extends Error {}

export function openSqlite(file: string): DatabaseHandle {
  if (file !== ':memory:') {
    const dir = path.dirname(file);
    try {
      fs.mkdirSync(dir, { recursive: true });
      fs.accessSync(dir, fs.constants.W_OK);
    } catch {
      throw new DatabaseOpenError(
        `The data folder ${dir} cannot be written; set DATA_DIR to a writable folder.`,
      );
    }
  }
  const sqlite = new SqliteDatabase(file);
  // WAL keeps readers off the writer's back; FULL makes a commit survive power loss.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

export function openPostgres(url: string, options: { max?: number } = {}): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
  // An idle client that loses its connection must not crash the process.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}

/**
 * Kysely's migrator looks for its tables in every schema it can see; on PostgreSQL we pin
 * it to the connection's own schema, or another schema's migration table would be
 * mistaken for ours.
 */
async function migratorFor(handle: DatabaseHandle): Promise<Migrator> {
  if (handle.dialect === 'sqlite') return new Migrator({ db: handle.db, provider: migrationProvider });
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(handle.db);
  const schema = rows[0]?.schema ?? 'public';
  return new Migrator({ db: handle.db, provider: migrationProvider, migrationTableSchema: schema });
}

/** Apply every pending migration; returns the name of the newest applied one. */
export async function migrateToLatest(handle: DatabaseHandle): Promise<string> {
  const { error } = await (await migratorFor(handle)).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error('migration failed');
  return migrationLevel(handle);
}

export async function migrationLevel(handle: DatabaseHandle): Promise<string> {
  const all = await (await migratorFor(handle)).getMigrations();
  return all.filter((m) => m.executedAt !== undefined).at(-1)?.name ?? 'none';
}
