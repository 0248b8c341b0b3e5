import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { wholeStore } from '../../db/counter-queries';
import { FloorbookDb } from '../../db/floorbook-db';
import { memberRow } from '../../db/member-rows';
import { searchKeysOf } from '../../../shared/domain/search-keys';
import { newMemberRecord } from '../../../shared/sync/member-merge';
import type { EventId, MemberId } from '../../../shared/schemas/ids.schema';
import { came, sale } from '../../../shared/domain/counter/test-builders';
import { memberFields, newMemberId } from '../../../../tests/fixtures/factories';
import { patchRows, wholeStoreFor } from './whole-store';

const opened: FloorbookDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const rowOf = (id: MemberId, name = '张晓梅') => {
  const record = newMemberRecord(id, memberFields({ name }), '000001800000000:00000:x', 0);
  return memberRow({ record, keys: searchKeysOf(name) }, 0);
};

/** The keeper's store once it has caught up with the tables: equal to a fresh read of them. */
async function caughtUp(db: FloorbookDb, keeper: ReturnType<typeof wholeStoreFor>) {
  await expect
    .poll(
      () => {
        const held = keeper.current();
        return held && { members: [...held.members], events: [...held.events] };
      },
      { timeout: 15_000 },
    )
    .toEqual(await wholeStore(db));
}

describe('the whole store held for the counter’s tabs', () => {
  test('is read once and then follows writes row by row, ending equal to a fresh read', async () => {
    const db = new FloorbookDb({ name: `whole-${uuidv7()}` });
    opened.push(db);
    const a = newMemberId();
    const b = newMemberId();
    await db.members.bulkPut([rowOf(a), rowOf(b)]);
    const old = came(1_000, a);
    await db.events.bulkPut([old, sale(2_000, b, 10_000)]);
    const keeper = wholeStoreFor(db);
    let told = 0;
    const stop = keeper.subscribe(() => (told += 1));
    await caughtUp(db, keeper);
    const first = keeper.current();

    // A purchase, a member renamed, an event id below the others, one deleted.
    await db.events.put(sale(3_000, a, 20_000));
    await db.members.put(rowOf(b, '李娜'));
    await db.events.put({ ...came(4_000, b), id: '0000aaaa-0000-7000-8000-000000000001' as EventId });
    await db.events.delete(old.id);
    await caughtUp(db, keeper);
    expect(keeper.current()).not.toBe(first);
    expect(keeper.current()?.members.find((m) => m.id === b)?.name).toBe('李娜');
    expect(told).toBeGreaterThan(1);
    // A second screen shares what is held: nothing read again.
    const held = keeper.current();
    const stopToo = keeper.subscribe(() => undefined);
    expect(keeper.current()).toBe(held);
    stopToo();
    stop();
  });

  test('a write Dexie names only as a range (a pulled page) is followed by a whole read', async () => {
    const db = new FloorbookDb({ name: `whole-${uuidv7()}` });
    opened.push(db);
    const a = newMemberId();
    await db.members.put(rowOf(a));
    const keeper = wholeStoreFor(db);
    const stop = keeper.subscribe(() => undefined);
    await caughtUp(db, keeper);
    await db.events.bulkPut(Array.from({ length: 60 }, (_, i) => came(10_000 + i, a)));
    await caughtUp(db, keeper);
    expect(keeper.current()?.events).toHaveLength(60);
    stop();
    // The whole read waits out the gap after the first (MIN_GAP_MS).
  }, 30_000);
});

describe('patchRows', () => {
  test('gives what sorting the rows with the changes applied gives', () => {
    const id = fc.integer({ min: 0, max: 40 }).map((n) => String(n).padStart(3, '0'));
    fc.assert(
      fc.property(
        fc.uniqueArray(id),
        fc.array(fc.record({ id, stored: fc.boolean(), v: fc.nat() })),
        (held, changes) => {
          const rows = [...held].sort().map((i) => ({ id: i, v: -1 }));
          const last = new Map(changes.map((c) => [c.id, c]));
          const read = [...last.values()].filter((c) => c.stored).map((c) => ({ id: c.id, v: c.v }));
          const expected = new Map(rows.map((r) => [r.id, r]));
          for (const c of last.values())
            if (c.stored) expected.set(c.id, { id: c.id, v: c.v });
            else expected.delete(c.id);
          const sorted = [...expected.values()].sort((x, y) => x.id.localeCompare(y.id));
          expect(
            patchRows(
              rows,
              changes.map((c) => c.id),
              read,
            ),
          ).toEqual(sorted);
        },
      ),
    );
  });
});
