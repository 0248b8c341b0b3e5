import { describe, expect, test } from 'vitest';
import { encodeHlc } from '../../shared/sync/hlc';
import type { ChangesPage } from '../../shared/sync/protocol.schema';
import { saveFieldRecord, saveFieldRecords } from '../commands/field-record-commands';
import { dexieTabletCopy } from './tablet-copy';
import { testTablet } from '../../../tests/fixtures/test-tablet';

const OTHER_TABLET = '0190a000-0000-7000-8000-0000000000ff';
const DAY = '2027-01-05';

function setUp() {
  const t = testTablet();
  const copy = dexieTabletCopy(t.db, { deviceId: t.session.deviceId, clock: t.clock.now });
  /** A page from the server holding another tablet's edit of the day's till figures. */
  const pulledTillDay = (fields: Record<string, number>, wall: number) => {
    const hlc = encodeHlc({ wall, counter: 0, node: OTHER_TABLET });
    const clocks = Object.fromEntries(Object.keys(fields).map((k) => [k, hlc]));
    const page: ChangesPage = {
      cursor: 'c1',
      hasMore: false,
      resync: false,
      remaining: null,
      serverTime: t.clock.now(),
      changes: [{ type: 'tillDay', change: { record: { key: DAY, fields, clocks } } }],
    };
    return copy.applyPage(page);
  };
  const shown = async () => (await t.db.records.get(['tillDay', DAY]))?.fields;
  return { ...t, copy, pulledTillDay, shown };
}

describe('a field record on the tablet', () => {
  test('an edit made offline shows at once and survives a pull that does not have it yet', async () => {
    const t = setUp();
    const saved = await saveFieldRecord(t.deps, 'tillDay', DAY, { salesFen: 120_000 });
    expect(saved).toEqual({ ok: true, value: { salesFen: 120_000 } });
    expect(await t.db.outbox.count()).toBe(1);
    // An older write of the same field from elsewhere arrives: the waiting edit still shows.
    await t.pulledTillDay({ salesFen: 99_000, tickets: 12 }, t.clock.now() - 60_000);
    expect(await t.shown()).toEqual({ salesFen: 120_000, tickets: 12 });
  });

  test('concurrent edits of different fields both survive, before and after the edit is taken', async () => {
    const t = setUp();
    await saveFieldRecord(t.deps, 'tillDay', DAY, { tickets: 31 });
    t.clock.advance(1_000);
    await t.pulledTillDay({ salesFen: 880_000 }, t.clock.now());
    expect(await t.shown()).toEqual({ salesFen: 880_000, tickets: 31 });
    const [row] = await t.copy.readOutbox(10);
    await t.copy.settle([{ id: row!.id, ok: true }]);
    expect(await t.db.outbox.count()).toBe(0);
    expect(await t.shown()).toEqual({ salesFen: 880_000, tickets: 31 });
  });

  test('a refused edit of a record the server never had leaves nothing behind', async () => {
    const t = setUp();
    await saveFieldRecord(t.deps, 'taskState', 'follow-up:1', { state: 'done' });
    const [row] = await t.copy.readOutbox(10);
    await t.copy.settle([{ id: row!.id, ok: false, code: 'forbidden', message: '没有权限做这项改动。' }]);
    expect(await t.db.records.count()).toBe(0);
  });

  test('a malformed key is refused before anything is written', async () => {
    const t = setUp();
    const saved = await saveFieldRecord(t.deps, 'tillDay', '2027-02-30', { tickets: 1 });
    expect(saved).toMatchObject({ ok: false, error: { code: 'invalid', field: 'entityId' } });
    expect(await t.db.records.count()).toBe(0);
  });

  test('a full download keeps the waiting edits and drops the rest', async () => {
    const t = setUp();
    await t.pulledTillDay({ pieces: 9 }, t.clock.now() - 1_000);
    await saveFieldRecord(t.deps, 'dayTarget', DAY, { newCards: 5 });
    await t.copy.resetForResync();
    expect(await t.db.records.toArray()).toEqual([
      { type: 'dayTarget', key: DAY, server: null, fields: { newCards: 5 } },
    ]);
  });

  test('many records are queued in one transaction: all of them, or none when one is refused', async () => {
    const t = setUp();
    const days = ['2027-01-01', '2027-01-02'].map((key) => ({ key, edit: { salesFen: 100, tickets: 1 } }));
    const saved = await saveFieldRecords(t.deps, 'tillDay', days);
    expect(saved).toMatchObject({ ok: true, value: [{ salesFen: 100 }, { salesFen: 100 }] });
    expect(await t.db.outbox.count()).toBe(2);
    const refused = await saveFieldRecords(t.deps, 'tillDay', [
      { key: '2027-01-03', edit: { tickets: 2 } },
      { key: '2027-01-04', edit: { tickets: -1 } },
    ]);
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await t.db.outbox.count()).toBe(2);
    expect(await t.db.records.count()).toBe(2);
  });
});
