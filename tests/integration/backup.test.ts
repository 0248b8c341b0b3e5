import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, describe, expect, test } from 'vitest';
import { migrateToLatest, openSqlite } from '../../src/server/db/database';
import { loadOrCreateStoreCa } from '../../src/server/tls/store-ca';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const dirs: string[] = [];
const tempDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'floorbook-backup-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function backup(env: Record<string, string>, ...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/server/ops/backup.main.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: '', ...env },
    encoding: 'utf8',
  });
}

describe('npm run backup', () => {
  test('copies the database and the secret key into a dated folder, readable on its own', async () => {
    const data = tempDir();
    const handle = openSqlite(path.join(data, 'floorbook.sqlite'));
    await migrateToLatest(handle);
    await handle.db.insertInto('meta').values({ key: 'probe', value: 'kept' }).execute();
    fs.writeFileSync(path.join(data, 'secret.key'), 'k'.repeat(64));
    const target = tempDir();
    // The server keeps the database open while the copy is made.
    const r = backup({ DATA_DIR: data }, target);
    await handle.close();
    expect(r.status, r.stderr).toBe(0);
    const [stamp] = fs.readdirSync(target);
    const copy = new SqliteDatabase(path.join(target, stamp ?? '', 'floorbook.sqlite'), { readonly: true });
    expect(copy.prepare("select value from meta where key = 'probe'").get()).toEqual({ value: 'kept' });
    copy.close();
    expect(fs.readFileSync(path.join(target, stamp ?? '', 'secret.key'), 'utf8')).toBe('k'.repeat(64));
  });

  test('copies the store CA, its key readable by the owner only', async () => {
    const data = tempDir();
    const handle = openSqlite(path.join(data, 'floorbook.sqlite'));
    await migrateToLatest(handle);
    await handle.close();
    const ca = loadOrCreateStoreCa(data, new Date());
    const target = tempDir();
    const r = backup({ DATA_DIR: data }, target);
    expect(r.status, r.stderr).toBe(0);
    const [stamp] = fs.readdirSync(target);
    const copied = path.join(target, stamp ?? '', 'tls');
    expect(fs.readFileSync(path.join(copied, 'store-ca.crt'), 'utf8')).toBe(ca.certPem);
    expect(fs.readFileSync(path.join(copied, 'store-ca.key'), 'utf8')).toBe(ca.privateKeyPem);
    expect(fs.statSync(path.join(copied, 'store-ca.key')).mode & 0o777).toBe(0o600);
  });

  test('with no database yet, one sentence says what to do', () => {
    const r = backup({ DATA_DIR: tempDir() });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toMatch(/^There is no database at .+: start Floorbook once first\.$/);
  });

  test('on PostgreSQL, points to pg_dump', () => {
    const r = backup({ DATABASE_URL: 'postgres://u@127.0.0.1:5432/x' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/pg_dump/);
  });
});
