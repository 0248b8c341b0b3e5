import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSqlite, migrateToLatest, type DatabaseHandle } from '../../src/server/db/database';
import { fillDemoStore } from '../../src/server/demo/demo-store';
import { loadServerSecret } from '../../src/server/auth/server-secret';
import type { MemberRecord } from '../../src/shared/schemas/member.schema';

/**
 * A data folder holding a demo store of `members` drawn from `seed`, with the secret the server
 * will find there; `look` reads what a journey needs from the database before the server opens it.
 */
export async function demoDataDir<T = void>(
  prefix: string,
  fill: { members: number; seed: number },
  look: (db: DatabaseHandle) => Promise<T> = () => Promise.resolve(undefined as T),
): Promise<{ dataDir: string; found: T }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const db = openSqlite(path.join(dataDir, 'floorbook.sqlite'));
  try {
    await migrateToLatest(db);
    const secret = loadServerSecret({ dataDir, secret: undefined });
    await fillDemoStore(db, { ...fill, now: Date.now(), secret });
    return { dataDir, found: await look(db) };
  } finally {
    await db.close();
  }
}

/** The store's live members as stored, for a journey to pick from in `look`. */
export async function storedMembers(db: DatabaseHandle): Promise<MemberRecord[]> {
  const rows = await db.db.selectFrom('members').select('record').execute();
  return rows.flatMap((r) => (r.record ? [JSON.parse(r.record) as MemberRecord] : []));
}
