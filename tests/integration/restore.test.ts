import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import type { Migration, MigrationProvider } from 'kysely';
import { afterEach, describe, expect, test } from 'vitest';
import { BackupManifest, writeManifest } from '../../src/server/db/backup-manifest';
import { migrateToLatest, openSqlite } from '../../src/server/db/database';
import { LATEST_MIGRATION, migrationProvider } from '../../src/server/db/migrations/migrations';
import { makeBackup } from '../../src/server/ops/backup';
import { RestoreRefused, restoreBackup } from '../../src/server/ops/restore';
import { loadOrCreateStoreCa } from '../../src/server/tls/store-ca';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const dirs: string[] = [];
const tempDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'floorbook-restore-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function run(script: string, env: Record<string, string>, ...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', `src/server/ops/${script}`, ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: '', ...env },
    encoding: 'utf8',
  });
}
const restore = (dataDir: string, ...args: string[]) =>
  run('restore.main.ts', { DATA_DIR: dataDir }, ...args);

/** A DATA_DIR as a server leaves it: a migrated database holding `probe`, its key, its store CA. */
async function dataDirWith(probe: string, options: { migrations?: MigrationProvider } = {}) {
  const data = tempDir();
  const handle = openSqlite(path.join(data, 'floorbook.sqlite'));
  await migrateToLatest(handle, options);
  await handle.db.insertInto('meta').values({ key: 'probe', value: probe }).execute();
  await handle.close();
  fs.writeFileSync(path.join(data, 'secret.key'), probe.padEnd(64, 'k'), { mode: 0o600 });
  loadOrCreateStoreCa(data, new Date());
  return data;
}

/** What `npm run backup` makes of `data`: the dated folder. */
const backupOf = (data: string) => makeBackup({ dataDir: data, into: tempDir(), now: new Date() });

/** The restore in this process, for the checks that need no second one: its sentence, or null when it went through. */
async function refusal(from: string, dataDir: string): Promise<string | null> {
  const knownMigrations = Object.keys(await migrationProvider.getMigrations()).sort();
  try {
    restoreBackup({ from, dataDir, knownMigrations, now: new Date() });
    return null;
  } catch (err) {
    if (err instanceof RestoreRefused) return err.message;
    throw err;
  }
}

function probeIn(file: string): unknown {
  const db = new SqliteDatabase(file, { readonly: true });
  try {
    return db.prepare("select value from meta where key = 'probe'").get();
  } finally {
    db.close();
  }
}

/** Everything in a folder with its content, to show a refused restore changed nothing. */
function snapshot(folder: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of fs.readdirSync(folder, { recursive: true, withFileTypes: true }))
    if (e.isFile())
      out[path.relative(folder, path.join(e.parentPath, e.name))] = fs
        .readFileSync(path.join(e.parentPath, e.name))
        .toString('base64');
  return out;
}

describe('npm run backup writes a manifest', () => {
  test("naming every file with its size and SHA-256, and the database's migration", async () => {
    const folder = await backupOf(await dataDirWith('then'));
    const manifest = BackupManifest.parse(
      JSON.parse(fs.readFileSync(path.join(folder, 'manifest.json'), 'utf8')),
    );
    expect(manifest.schema).toBe(LATEST_MIGRATION);
    expect(manifest.files.map((f) => f.path)).toEqual([
      'floorbook.sqlite',
      'secret.key',
      'tls/store-ca.crt',
      'tls/store-ca.key',
    ]);
    expect(manifest.files.find((f) => f.path === 'secret.key')?.bytes).toBe(64);
  });
});

describe('npm run restore', () => {
  test('puts the backup in place and keeps what DATA_DIR held aside', async () => {
    const data = await dataDirWith('then');
    const folder = await backupOf(data);
    const caThen = fs.readFileSync(path.join(data, 'tls', 'store-ca.crt'), 'utf8');
    // The store goes on after the backup: a later database, another key and CA.
    fs.rmSync(data, { recursive: true });
    fs.cpSync(await dataDirWith('later'), data, { recursive: true });

    const r = restore(data, folder);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('every file matching its checksum');
    expect(r.stdout).toContain(`Restored (migration ${LATEST_MIGRATION}). Start Floorbook.`);
    expect(probeIn(path.join(data, 'floorbook.sqlite'))).toEqual({ value: 'then' });
    expect(fs.readFileSync(path.join(data, 'secret.key'), 'utf8')).toBe('then'.padEnd(64, 'k'));
    expect(fs.readFileSync(path.join(data, 'tls', 'store-ca.crt'), 'utf8')).toBe(caThen);
    for (const f of ['floorbook.sqlite', 'secret.key', 'tls/store-ca.key'])
      expect(fs.statSync(path.join(data, f)).mode & 0o777, f).toBe(0o600);

    const [aside = ''] = fs.readdirSync(path.join(data, 'backups', 'before-restore'));
    const kept = path.join(data, 'backups', 'before-restore', aside);
    expect(r.stdout).toContain(`is kept in ${kept}`);
    expect(probeIn(path.join(kept, 'floorbook.sqlite'))).toEqual({ value: 'later' });
    expect(fs.readFileSync(path.join(kept, 'secret.key'), 'utf8')).toBe('later'.padEnd(64, 'k'));
    expect(fs.existsSync(path.join(kept, 'tls', 'store-ca.key'))).toBe(true);
  });

  test('takes a backup from an older version, which the server then migrates', async () => {
    const all = await migrationProvider.getMigrations();
    const older: Record<string, Migration> = Object.fromEntries(Object.entries(all).slice(0, 3));
    const folder = await backupOf(
      await dataDirWith('old', { migrations: { getMigrations: () => Promise.resolve(older) } }),
    );
    const data = tempDir();
    const outcome = restoreBackup({
      from: folder,
      dataDir: data,
      knownMigrations: Object.keys(all),
      now: new Date(),
    });
    expect(outcome).toMatchObject({ schema: Object.keys(older).at(-1), olderSchema: true, setAside: null });
    const handle = openSqlite(path.join(data, 'floorbook.sqlite'));
    expect(await migrateToLatest(handle)).toBe(LATEST_MIGRATION);
    await handle.close();
  });

  test('refuses a backup from a newer schema, and changes nothing', async () => {
    const source = await dataDirWith('future');
    const db = new SqliteDatabase(path.join(source, 'floorbook.sqlite'));
    db.prepare('insert into kysely_migration (name, timestamp) values (?, ?)').run(
      '999-from-the-future',
      new Date().toISOString(),
    );
    db.close();
    const folder = await backupOf(source);
    const data = await dataDirWith('now');
    const before = snapshot(data);
    expect(await refusal(folder, data)).toBe(
      `This backup was made by a newer Floorbook (its database has migration 999-from-the-future; this version knows up to ${LATEST_MIGRATION}): restore it with that version or a newer one. Nothing was restored.`,
    );
    expect(snapshot(data)).toEqual(before);
  });

  test('refuses while the server has the database open', async () => {
    const data = await dataDirWith('now');
    const folder = await backupOf(data);
    // The test reads no file of the database while it is open: closing any descriptor of a file
    // drops every SQLite lock this process holds on it (POSIX), as a server never does.
    const server = openSqlite(path.join(data, 'floorbook.sqlite'));
    await server.db.selectFrom('meta').selectAll().execute();
    const r = restore(data, folder);
    await server.close();
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(
      `Floorbook is running on ${data} (its database is open): stop the server first, then restore. Nothing was restored.`,
    );
    expect(fs.existsSync(path.join(data, 'backups'))).toBe(false);
    expect(probeIn(path.join(data, 'floorbook.sqlite'))).toEqual({ value: 'now' });
  });

  test('refuses a backup whose file no longer matches its checksum', async () => {
    const folder = await backupOf(await dataDirWith('then'));
    fs.writeFileSync(path.join(folder, 'secret.key'), 'x'.repeat(64));
    const data = await dataDirWith('now');
    const before = snapshot(data);
    expect(await refusal(folder, data)).toBe(
      'secret.key in the backup has changed since the backup was made (its checksum differs). Nothing was restored.',
    );
    expect(snapshot(data)).toEqual(before);
  });

  test('refuses a damaged database even with no manifest to compare it with', async () => {
    const folder = await backupOf(await dataDirWith('then'));
    fs.rmSync(path.join(folder, 'manifest.json'));
    const file = path.join(folder, 'floorbook.sqlite');
    const bytes = fs.readFileSync(file);
    // Page 2 onwards overwritten: the header still says SQLite, the tables no longer hold together.
    bytes.fill(0xa5, 4096, bytes.length);
    fs.writeFileSync(file, bytes);
    const data = tempDir();
    expect(await refusal(folder, data)).toMatch(/damaged.*Nothing was restored\.$/);
    expect(fs.readdirSync(data)).toEqual([]);
  });

  test('an old backup without a manifest is restored after its database is checked', async () => {
    const folder = await backupOf(await dataDirWith('then'));
    fs.rmSync(path.join(folder, 'manifest.json'));
    const data = tempDir();
    expect(await refusal(folder, data)).toBeNull();
    expect(probeIn(path.join(data, 'floorbook.sqlite'))).toEqual({ value: 'then' });
  });

  test("a backup without the key or the store CA leaves DATA_DIR's own in place", async () => {
    const folder = await backupOf(await dataDirWith('then'));
    fs.rmSync(path.join(folder, 'manifest.json'));
    fs.rmSync(path.join(folder, 'secret.key'));
    fs.rmSync(path.join(folder, 'tls'), { recursive: true });
    const data = await dataDirWith('now');
    const knownMigrations = Object.keys(await migrationProvider.getMigrations());
    const outcome = restoreBackup({ from: folder, dataDir: data, knownMigrations, now: new Date() });
    expect(outcome.keptAsItWas).toEqual(['secret.key', 'tls']);
    expect(fs.readFileSync(path.join(data, 'secret.key'), 'utf8')).toBe('now'.padEnd(64, 'k'));
    expect(fs.existsSync(path.join(data, 'tls', 'store-ca.key'))).toBe(true);
    expect(probeIn(path.join(data, 'floorbook.sqlite'))).toEqual({ value: 'then' });
    expect(fs.readdirSync(outcome.setAside ?? '')).toEqual(['floorbook.sqlite']);
  });

  test('given the folder of all backups, names the newest one to choose', async () => {
    const folder = await backupOf(await dataDirWith('then'));
    expect(await refusal(path.dirname(folder), tempDir())).toBe(
      `${path.dirname(folder)} holds 1 backups; name one of them, for example the newest: ${folder}`,
    );
  });

  test('on PostgreSQL, points to pg_restore', () => {
    const r = run('restore.main.ts', { DATABASE_URL: 'postgres://u@127.0.0.1:5432/x' }, tempDir());
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/pg_restore/);
  });

  test('writes the manifest the restore reads', () => {
    const folder = tempDir();
    fs.writeFileSync(path.join(folder, 'floorbook.sqlite'), 'x');
    expect(writeManifest(folder, { createdAt: new Date(0), appVersion: '1', schema: 's' }).files).toEqual([
      {
        path: 'floorbook.sqlite',
        bytes: 1,
        sha256: '2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881',
      },
    ]);
  });
});
