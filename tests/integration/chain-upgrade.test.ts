import { afterEach, describe, expect, test } from 'vitest';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { Migrator } from 'kysely';
import {
  migrateToLatest,
  openPostgres,
  openSqlite,
  type DatabaseHandle,
  type Dialect,
} from '../../src/server/db/database';
import { LATEST_MIGRATION, migrationProvider } from '../../src/server/db/migrations/migrations';
import { TEST_DIALECTS, withSearchPath } from '../fixtures/test-databases';

const T = 1_800_000_000_000;
let cleanUp: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanUp?.();
  cleanUp = null;
});

/** A database as a deployment from before head office left it: migrated up to 002 only. */
async function openAt002(dialect: Dialect): Promise<DatabaseHandle> {
  let handle: DatabaseHandle;
  let schema: string | undefined;
  const url = process.env.DATABASE_URL ?? '';
  if (dialect === 'sqlite') handle = openSqlite(':memory:');
  else {
    schema = `t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    handle = openPostgres(withSearchPath(url, schema));
  }
  const migrator = new Migrator({
    db: handle.db,
    provider: migrationProvider,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error } = await migrator.migrateTo('002-security');
  if (error) throw error instanceof Error ? error : new Error('migration failed');
  cleanUp = async () => {
    await handle.close();
    if (!schema) return;
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`DROP SCHEMA ${schema} CASCADE`);
    await c.end();
  };
  return handle;
}

describe.each(TEST_DIALECTS)('migration 003-chain, on %s', (dialect) => {
  test('makes the first active owner of the first store head office, and no one else', async () => {
    const h = await openAt002(dialect);
    const stores = [
      {
        id: '0190a000-0000-7000-8000-0000000000a1',
        name: '静安嘉里店',
        created_at: T,
        seq: 4,
        purged_seq: 0,
      },
      {
        id: '0190a000-0000-7000-8000-0000000000a2',
        name: '另一店',
        created_at: T + 1,
        seq: 1,
        purged_seq: 0,
      },
    ];
    await h.db.insertInto('stores').values(stores).execute();
    const staff = (id: string, store: string, role: 'owner' | 'manager', at: number, left = false) => ({
      id: `0190b000-0000-7000-8000-0000000000${id}`,
      store_id: store,
      name: id,
      role,
      password_hash: null,
      pin_verifier: null,
      pin_offline: null,
      created_at: at,
      disabled_at: left ? at + 1 : null,
      seq: 1,
    });
    const a1 = stores[0]?.id ?? '';
    const a2 = stores[1]?.id ?? '';
    await h.db
      .insertInto('staff')
      .values([
        staff('01', a1, 'owner', T - 10, true),
        staff('02', a1, 'manager', T - 5),
        staff('03', a1, 'owner', T),
        staff('04', a1, 'owner', T + 5),
        staff('05', a2, 'owner', T - 100),
      ])
      .execute();
    expect(await migrateToLatest(h)).toBe(LATEST_MIGRATION);
    const rows = await h.db.selectFrom('staff').select(['name', 'chain_admin']).orderBy('name').execute();
    expect(rows.filter((r) => r.chain_admin === 1).map((r) => r.name)).toEqual(['03']);
    expect(rows.every((r) => r.chain_admin === 0 || r.chain_admin === 1)).toBe(true);
  });
});
