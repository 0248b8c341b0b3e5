import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fillDemoStore, DemoRefused } from '../../src/server/demo/demo-store';
import { isCardNumber } from '../../src/shared/domain/card-number';
import type { MemberRecord } from '../../src/shared/schemas/member.schema';
import type { MemberEvent } from '../../src/shared/schemas/event.schema';
import { TEST_DIALECTS, openTestDatabase, type TestDatabase } from '../fixtures/test-databases';
import { TEST_SECRET } from '../fixtures/test-secret';

const NOW = Date.UTC(2026, 10, 22, 4);
const YEAR = 365 * 86_400_000;

describe.each(TEST_DIALECTS)('demo store on %s', (dialect) => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await openTestDatabase(dialect);
  });
  afterEach(async () => {
    await db.close();
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
    expect(result).toMatchObject({ members: 60, createdStore: true });
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

  test('refuses a store that already has members, with one sentence', async () => {
    await fillDemoStore(db, { members: 3, seed: 1, now: NOW, secret: TEST_SECRET });
    await expect(fillDemoStore(db, { members: 3, seed: 1, now: NOW, secret: TEST_SECRET })).rejects.toThrow(
      DemoRefused,
    );
  });
});
