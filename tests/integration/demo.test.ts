import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { fillDemoStore, DemoRefused } from '../../src/server/demo/demo-store';
import { demoCredentials } from '../../src/server/demo/demo-credentials';
import { DEMO_STAFF } from '../../src/server/demo/demo-people';
import { storeRepository } from '../../src/server/repositories/store.repository';
import { hashPassword } from '../../src/server/auth/secrets';
import { isCardNumber } from '../../src/shared/domain/card-number';
import type { MemberRecord } from '../../src/shared/schemas/member.schema';
import type { MemberEvent } from '../../src/shared/schemas/event.schema';
import { TEST_DIALECTS, openTestDatabase, type TestDatabase } from '../fixtures/test-databases';
import { testDatabase } from '../fixtures/test-server';
import { TEST_SECRET } from '../fixtures/test-secret';

const NOW = Date.UTC(2026, 10, 22, 4);
const YEAR = 365 * 86_400_000;

describe.each(TEST_DIALECTS)('demo store on %s', (dialect) => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await testDatabase(dialect);
  });

  test('fills an empty database with a store, its staff, members and a year of their visits', async () => {
    const progress: number[] = [];
    const result = await fillDemoStore(db, {
      members: 60,
      seed: 7,
      now: NOW,
      secret: TEST_SECRET,
      onProgress: (done) => progress.push(done),
    });
    expect(result).toMatchObject({ members: 60, storeName: '静安嘉里中心店' });
    expect(progress.at(-1)).toBe(result.members + result.events);

    const staff = await db.db.selectFrom('staff').select(['id', 'role']).execute();
    expect(staff).toHaveLength(7);
    const members = (await db.db.selectFrom('members').select(['record', 'state']).execute()).map((r) => ({
      state: r.state,
      record: JSON.parse(r.record ?? 'null') as MemberRecord,
    }));
    expect(members.every((m) => m.state === 'live')).toBe(true);
    const records = members.map((m) => m.record);
    expect(new Set(records.map((r) => r.fields.phone)).size).toBe(60);
    expect(records.every((r) => /^1[3-9]\d{9}$/.test(r.fields.phone) && isCardNumber(r.fields.cardNo))).toBe(
      true,
    );
    expect(records.some((r) => r.fields.birthday?.calendar === 'lunar')).toBe(true);
    const associates = new Set(staff.filter((s) => s.role !== 'owner').map((s) => s.id));
    expect(
      records.every((r) => r.fields.ownerStaffId !== null && associates.has(r.fields.ownerStaffId)),
    ).toBe(true);

    const events = (await db.db.selectFrom('events').select('body').execute()).map(
      (e) => JSON.parse(e.body) as MemberEvent,
    );
    expect(events.length).toBe(result.events);
    const ids = new Set(records.map((r) => r.id));
    expect(events.every((e) => ids.has(e.memberId) && e.at > NOW - YEAR && e.at <= NOW)).toBe(true);
    expect(new Set(events.map((e) => e.kind))).toEqual(new Set(['visit', 'purchase', 'contact']));
    for (const e of events)
      if (e.kind === 'purchase')
        expect(e.payload.total).toBe(e.payload.items.reduce((s, i) => s + i.quantity * i.unitPrice, 0));
  });

  test('refuses a database that holds a real store, in one sentence, and adds nothing to it', async () => {
    await openRealStore(db);
    const before = await counts(db);
    const refused = fillDemoStore(db, { members: 3, seed: 1, now: NOW, secret: TEST_SECRET });
    await expect(refused).rejects.toThrow(DemoRefused);
    await expect(refused).rejects.toThrow(/^This database already holds the store 我的小店; [^.]*\.$/);
    expect(await counts(db)).toEqual(before);
  });

  test('runs once: its own store already there is refused too', async () => {
    await fillDemoStore(db, { members: 3, seed: 1, now: NOW, secret: TEST_SECRET });
    const before = await counts(db);
    await expect(fillDemoStore(db, { members: 3, seed: 1, now: NOW, secret: TEST_SECRET })).rejects.toThrow(
      DemoRefused,
    );
    expect(await counts(db)).toEqual(before);
  });

  test('`npm run demo` on the database of a real store says why in one sentence and stops', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'floorbook-demo-'));
    try {
      const target =
        dialect === 'sqlite'
          ? await openTestDatabase('sqlite', { sqliteFile: path.join(dataDir, 'floorbook.sqlite') })
          : db;
      await openRealStore(target);
      const before = await counts(target);
      if (target !== db) await target.close();
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/demo/demo.main.ts'], {
        cwd: path.resolve(import.meta.dirname, '..', '..'),
        env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: db.url ?? '', FLOORBOOK_SECRET: TEST_SECRET },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.status).toBe(1);
      expect(run.stderr.trim()).toMatch(/^This database already holds the store 我的小店; [^.\n]*\.$/);
      expect(run.stdout).not.toContain('floorbook2026');
      if (dialect === 'postgres') expect(await counts(db)).toEqual(before);
      else {
        const after = await openTestDatabase('sqlite', {
          sqliteFile: path.join(dataDir, 'floorbook.sqlite'),
        });
        expect(await counts(after)).toEqual(before);
        await after.close();
      }
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('demoCredentials', () => {
  test('names everyone who signs in, the password and every PIN', () => {
    const said = demoCredentials().join('\n');
    expect(said).toContain('password floorbook2026');
    for (const s of [{ name: '王丽', pin: '258036' }, ...DEMO_STAFF])
      expect(said).toContain(`${s.name} ${s.pin}`);
    expect(said).toMatch(/王丽 \(owner\) or 陈店长 \(manager\)/);
  });
});

/** A store someone set up for real, as the set-up screen would. */
async function openRealStore(db: TestDatabase): Promise<void> {
  await storeRepository(db.db).createFirst({
    storeId: '0190c000-0000-7000-8000-0000000000a1',
    storeName: '我的小店',
    owner: {
      id: '0190c000-0000-7000-8000-0000000000a2',
      name: '林店主',
      passwordHash: await hashPassword('my-own-password'),
      pin: null,
    },
    now: NOW,
  });
}

async function counts(db: TestDatabase) {
  const count = async (table: 'stores' | 'staff' | 'devices' | 'members' | 'events') =>
    Number(
      (
        await db.db
          .selectFrom(table)
          .select((e) => e.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    stores: await count('stores'),
    staff: await count('staff'),
    devices: await count('devices'),
    members: await count('members'),
    events: await count('events'),
  };
}
