import { afterEach, describe, expect, test } from 'vitest';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import SqliteDatabase from 'better-sqlite3';
import { sql, type Migration, type MigrationProvider } from 'kysely';
import {
  DatabaseOpenError,
  migrateToLatest,
  migrationLevel,
  openPostgres,
  openSqlite,
  type DatabaseHandle,
  type Dialect,
} from '../../src/server/db/database';
import { LATEST_MIGRATION, migrationProvider } from '../../src/server/db/migrations/migrations';
import {
  UPGRADE_BACKUPS_KEPT,
  backupBeforeUpgrade,
  upgradeBackupDir,
} from '../../src/server/db/upgrade-backup';
import { TEST_DIALECTS, withSearchPath } from '../fixtures/test-databases';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const T = 1_800_000_000_000;

const cleanUps: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanUps.splice(0).reverse()) await c();
});

/** This build's migrations with more after them: a later build's, or a broken one. */
async function withMore(more: Record<string, Migration>): Promise<MigrationProvider> {
  const ours = await migrationProvider.getMigrations();
  return { getMigrations: () => Promise.resolve({ ...ours, ...more }) };
}

function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  cleanUps.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A new, empty database of the dialect (PostgreSQL: a schema of its own), closed after the test. */
async function emptyDatabase(
  dialect: Dialect,
): Promise<{ handle: DatabaseHandle; open: () => DatabaseHandle }> {
  if (dialect === 'sqlite') {
    const file = path.join(tempDir('fb-upgrade-'), 'floorbook.sqlite');
    const open = () => openSqlite(file);
    const handle = open();
    cleanUps.push(() => handle.close());
    return { handle, open };
  }
  const url = process.env.DATABASE_URL ?? '';
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  cleanUps.push(async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`DROP SCHEMA ${schema} CASCADE`);
    await c.end();
  });
  const open = () => openPostgres(withSearchPath(url, schema), { max: 2 });
  const handle = open();
  cleanUps.push(() => handle.close());
  return { handle, open };
}

const tableExists = async (handle: DatabaseHandle, name: string) => {
  const q =
    handle.dialect === 'sqlite'
      ? sql<{ n: number }>`select count(*) as n from sqlite_master where type = 'table' and name = ${name}`
      : sql<{
          n: number;
        }>`select count(*)::int as n from (select to_regclass(${name}) as t) c where t is not null`;
  return (await q.execute(handle.db)).rows[0]?.n === 1;
};

describe.each(TEST_DIALECTS)('migrateToLatest on %s', (dialect) => {
  test('a failed migration leaves the database as it was, with one sentence saying so', async () => {
    const { handle } = await emptyDatabase(dialect);
    await migrateToLatest(handle);
    await handle.db.insertInto('meta').values({ key: 'kept', value: 'before' }).execute();
    const broken = await withMore({
      '900-broken': {
        async up(db) {
          await db.schema.createTable('half_done').addColumn('id', 'text').execute();
          await sql`update meta set value = 'after' where key = 'kept'`.execute(db);
          throw new Error('column "nope" does not exist');
        },
      },
    });
    const failure = await migrateToLatest(handle, { migrations: broken }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(DatabaseOpenError);
    expect((failure as Error).message).toMatch(
      /^The database upgrade \(migration 900-broken\) failed: .*left as it was/,
    );
    expect((failure as Error).message.split('\n')).toHaveLength(1);
    expect(await tableExists(handle, 'half_done')).toBe(false);
    expect(await migrationLevel(handle)).toBe(LATEST_MIGRATION);
    const kept = await sql<{ value: string }>`select value from meta where key = 'kept'`.execute(handle.db);
    expect(kept.rows[0]?.value).toBe('before');
  });

  test('a database a newer build migrated is refused with one sentence', async () => {
    const { handle } = await emptyDatabase(dialect);
    const later = await withMore({ '900-later': { up: () => Promise.resolve() } });
    await migrateToLatest(handle, { migrations: later });
    const refusal = await migrateToLatest(handle).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(DatabaseOpenError);
    expect((refusal as Error).message).toMatch(
      /^This database was upgraded by a newer Floorbook \(migration 900-later\)/,
    );
  });
});

describe('migrateToLatest on a SQLite file', () => {
  test('copies the database aside before an upgrade, readable by the server only', async () => {
    const file = path.join(tempDir('fb-backup-'), 'floorbook.sqlite');
    const before = openSqlite(file);
    await migrateToLatest(before);
    await before.db.insertInto('meta').values({ key: 'marker', value: 'x' }).execute();
    const later = await withMore({
      '900-later': { up: (db) => db.schema.createTable('later_table').addColumn('id', 'text').execute() },
    });
    await migrateToLatest(before, { migrations: later, now: T });
    await before.close();
    const [copy, ...others] = fs.readdirSync(upgradeBackupDir(file));
    expect(others).toEqual([]);
    expect(copy).toBe('2027-01-15T08-00-00-000Z-before-900-later.sqlite');
    const copyPath = path.join(upgradeBackupDir(file), copy ?? '');
    expect(fs.statSync(copyPath).mode & 0o777).toBe(0o600);
    const old = new SqliteDatabase(copyPath, { readonly: true });
    expect(old.prepare("select value from meta where key = 'marker'").get()).toEqual({ value: 'x' });
    expect(old.prepare("select count(*) as n from sqlite_master where name = 'later_table'").get()).toEqual({
      n: 0,
    });
    old.close();
  });

  test('takes no copy of a new database, and keeps the copies of the last few upgrades only', async () => {
    const dir = tempDir('fb-backup-');
    const file = path.join(dir, 'floorbook.sqlite');
    const handle = openSqlite(file);
    cleanUps.push(() => handle.close());
    await migrateToLatest(handle);
    expect(fs.existsSync(upgradeBackupDir(file))).toBe(false);
    const connection = handle.sqlite?.connection;
    if (!connection) throw new Error('a SQLite handle has its connection');
    for (let i = 0; i < UPGRADE_BACKUPS_KEPT + 2; i++)
      await backupBeforeUpgrade(connection, upgradeBackupDir(file), { to: `90${i}`, now: T + i * 1000 });
    const kept = fs.readdirSync(upgradeBackupDir(file)).map((f) => f.replace(/^.*-before-/, ''));
    expect(kept).toEqual(['902.sqlite', '903.sqlite', '904.sqlite']);
  });

  test('the server started on a database from a newer build stops with one sentence', async () => {
    const dataDir = tempDir('fb-newer-');
    const handle = openSqlite(path.join(dataDir, 'floorbook.sqlite'));
    await migrateToLatest(handle, {
      migrations: await withMore({ '900-later': { up: () => Promise.resolve() } }),
    });
    await handle.close();
    const stderr = await new Promise<string>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
        cwd: ROOT,
        env: {
          ...process.env,
          DATABASE_URL: '',
          DATA_DIR: dataDir,
          PORT: '0',
          HOST: '127.0.0.1',
          STATIC_DIR: 'none',
          LOG_LEVEL: 'silent',
        },
      });
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      child.on('exit', () => resolve(err.trim()));
    });
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^This database was upgraded by a newer Floorbook/);
  });
});

describe.skipIf(!process.env.DATABASE_URL)('migrateToLatest on PostgreSQL, two instances at once', () => {
  test('one instance migrates while the other waits, then finds nothing to do', async () => {
    const { open } = await emptyDatabase('postgres');
    const runs = new Map<string, number>();
    const ours = await migrationProvider.getMigrations();
    const counted: MigrationProvider = {
      getMigrations: () =>
        Promise.resolve(
          Object.fromEntries(
            Object.entries(ours).map(([name, m]) => [
              name,
              {
                async up(db) {
                  runs.set(name, (runs.get(name) ?? 0) + 1);
                  await m.up(db);
                },
              },
            ]),
          ),
        ),
    };
    const a = open();
    const b = open();
    cleanUps.push(
      () => a.close(),
      () => b.close(),
    );
    const levels = await Promise.all([
      migrateToLatest(a, { migrations: counted }),
      migrateToLatest(b, { migrations: counted }),
    ]);
    expect(levels).toEqual([LATEST_MIGRATION, LATEST_MIGRATION]);
    expect([...runs.values()]).toEqual(Object.keys(ours).map(() => 1));
  });
});
