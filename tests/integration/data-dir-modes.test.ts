import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { freePort } from '../e2e/harness';
import { serverProcess, enrolOverHttp, type ServerProcess } from '../sync/fixtures/server-process';
import { TEST_DIALECTS, type TestDatabase } from '../fixtures/test-databases';
import { testDatabase } from '../fixtures/test-server';

const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

/** Every file in the folder, with its mode, as `name 600`. */
const modesIn = (dir: string) =>
  fs
    .readdirSync(dir)
    .sort()
    .map((name) => `${name} ${modeOf(path.join(dir, name)).toString(8)}`);

describe.each(TEST_DIALECTS)('the data folder on %s', (dialect) => {
  let base: string;
  let dataDir: string;
  let database: TestDatabase | null;
  let server: ServerProcess;
  let umask: number;
  beforeEach(async () => {
    // The usual umask, under which files are made readable by every user unless the server says.
    umask = process.umask(0o022);
    base = fs.mkdtempSync(path.join(os.tmpdir(), 'floorbook-modes-'));
    dataDir = path.join(base, 'data');
    database = dialect === 'postgres' ? await testDatabase('postgres') : null;
    server = serverProcess({
      port: await freePort(),
      dataDir,
      ...(database?.url && { databaseUrl: database.url }),
    });
  });
  afterEach(async () => {
    await server.kill();
    fs.rmSync(base, { recursive: true, force: true });
    process.umask(umask);
  });

  const expected =
    dialect === 'sqlite'
      ? ['floorbook.sqlite 600', 'floorbook.sqlite-shm 600', 'floorbook.sqlite-wal 600', 'secret.key 600']
      : ['secret.key 600'];

  test('is made readable by the server’s user only, and so is every file in it', async () => {
    await server.start();
    await enrolOverHttp(server.url, '收银台平板', true);
    expect(modeOf(dataDir)).toBe(0o700);
    expect(modesIn(dataDir)).toEqual(expected);
  });

  test('left open to others by an earlier version, is closed again at start', async () => {
    await server.start();
    await enrolOverHttp(server.url, '收银台平板', true);
    // Killed, so SQLite leaves its -wal and -shm behind for the next start to find.
    await server.kill();
    fs.chmodSync(dataDir, 0o755);
    for (const name of fs.readdirSync(dataDir)) fs.chmodSync(path.join(dataDir, name), 0o644);
    if (dialect === 'sqlite') expect(modesIn(dataDir)).toContain('floorbook.sqlite-wal 644');
    await server.start();
    expect(modeOf(dataDir)).toBe(0o700);
    expect(modesIn(dataDir)).toEqual(expected);
  });
});
