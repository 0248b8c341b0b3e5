import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql, type MigrationProvider } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';
import { migrationProvider } from './migrations/migrations';
import { backupBeforeUpgrade, upgradeBackupDir } from './upgrade-backup';

export type Dialect = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  close(): Promise<void>;
  /** SQLite only: the file (or `:memory:`) and its connection, for the copy taken before an upgrade. */
  readonly sqlite?: { file: string; connection: SqliteDatabase.Database };
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
  return { db, dialect: 'sqlite', close: () => db.destroy(), sqlite: { file, connection: sqlite } };
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
async function migratorFor(handle: DatabaseHandle, provider = migrationProvider): Promise<Migrator> {
  if (handle.dialect === 'sqlite') return new Migrator({ db: handle.db, provider });
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(handle.db);
  const schema = rows[0]?.schema ?? 'public';
  return new Migrator({ db: handle.db, provider, migrationTableSchema: schema });
}

/** The migrations this database has had, by name; none on a new database. */
async function executedMigrations(handle: DatabaseHandle): Promise<string[]> {
  const present =
    handle.dialect === 'sqlite'
      ? sql<{
          n: number;
        }>`select count(*) as n from sqlite_master where type = 'table' and name = 'kysely_migration'`
      : sql<{
          n: number;
        }>`select count(*)::int as n from (select to_regclass('kysely_migration') as t) c where t is not null`;
  if ((await present.execute(handle.db)).rows[0]?.n !== 1) return [];
  const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
    handle.db,
  );
  return rows.map((r) => r.name);
}

export interface MigrateOptions {
  /** Tests only: another list of migrations. */
  migrations?: MigrationProvider;
  /** Stamps the copy taken before an upgrade. */
  now?: number;
}

/**
 * Apply every pending migration; returns the name of the newest applied one (decision 0012).
 * A database a newer build has migrated is refused. Before an upgrade, a SQLite file is copied
 * aside; the migrations run in one transaction on both dialects, so a failure leaves the
 * database as it was (Kysely does it on PostgreSQL, under an advisory lock that makes a second
 * instance starting at once wait, then find nothing to do; on SQLite it is done here, as Kysely
 * treats SQLite's DDL as non-transactional).
 */
export async function migrateToLatest(handle: DatabaseHandle, options: MigrateOptions = {}): Promise<string> {
  const provider = options.migrations ?? migrationProvider;
  const known = Object.keys(await provider.getMigrations()).sort();
  const executed = await executedMigrations(handle);
  const unknown = executed.filter((name) => !known.includes(name));
  if (unknown.length > 0)
    throw new DatabaseOpenError(
      `This database was upgraded by a newer Floorbook (migration ${unknown.at(-1)}); start that version or a newer one, or restore the copy in backups/before-upgrade taken before the upgrade.`,
    );
  const pending = known.filter((name) => !executed.includes(name));
  const migrator = await migratorFor(handle, provider);
  if (pending.length === 0) return migrationLevel(handle, provider);
  const { sqlite } = handle;
  if (sqlite && sqlite.file !== ':memory:' && executed.length > 0)
    await backupBeforeUpgrade(sqlite.connection, upgradeBackupDir(sqlite.file), {
      to: pending.at(-1) ?? 'latest',
      now: options.now ?? Date.now(),
    });
  sqlite?.connection.exec('BEGIN IMMEDIATE');
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    if (sqlite?.connection.inTransaction) sqlite.connection.exec('ROLLBACK');
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? pending[0];
    const reason = error instanceof Error ? error.message : 'an unknown error';
    throw new DatabaseOpenError(
      `The database upgrade (migration ${failed}) failed: ${reason}; the database was left as it was, so this version cannot start on it.`,
    );
  }
  sqlite?.connection.exec('COMMIT');
  return migrationLevel(handle, provider);
}

export async function migrationLevel(handle: DatabaseHandle, provider = migrationProvider): Promise<string> {
  const all = await (await migratorFor(handle, provider)).getMigrations();
  return all.filter((m) => m.executedAt !== undefined).at(-1)?.name ?? 'none';
}
