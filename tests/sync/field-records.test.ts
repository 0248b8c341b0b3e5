import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { saveFieldRecord, saveFieldRecords } from '../../src/app/commands/field-record-commands';
import { TEST_DIALECTS } from '../fixtures/test-databases';
import { manualClock } from './fixtures/members';
import { openTablet, startServer, type Tablet, type TestServer } from './fixtures/sync-harness';

const T0 = 1_800_000_000_000;
const DAY = '2027-01-05';

/** Field records (decision 0016) from one tablet to another through the server. */
describe.each(TEST_DIALECTS)('field records syncing through the server on %s', (dialect) => {
  const clock = manualClock(T0);
  let server: TestServer;
  let a: Tablet;
  let b: Tablet;

  beforeEach(async () => {
    clock.set(T0);
    server = await startServer(dialect, clock.now);
    a = await openTablet(server, 'A', { clock: clock.now });
    b = await openTablet(server, 'B', { clock: clock.now });
  });
  afterEach(async () => {
    await a.close();
    await b.close();
    await server.close();
  });

  test('two tablets editing different fields of a day offline both keep their field everywhere', async () => {
    a.offline = true;
    b.offline = true;
    await saveFieldRecord(a.deps, 'tillDay', DAY, { salesFen: 1_280_000 });
    clock.advance(1_000);
    await saveFieldRecord(b.deps, 'tillDay', DAY, { tickets: 42 });
    a.offline = false;
    b.offline = false;
    for (const t of [a, b, a]) expect(await t.sync()).toEqual({ kind: 'synced' });
    for (const t of [a, b])
      expect((await t.db.records.get(['tillDay', DAY]))?.fields).toEqual({
        salesFen: 1_280_000,
        tickets: 42,
      });
  });

  test("a month's targets saved on one tablet reach another in one pull", async () => {
    const month = ['2027-01-01', '2027-01-02', '2027-01-03'].map((key) => ({
      key,
      edit: { vipSalesFen: 500_000, vipShareBp: 5_000, newCards: 2, vipVisits: 10, followUps: 4 },
    }));
    expect(await saveFieldRecords(a.deps, 'dayTarget', month)).toMatchObject({ ok: true });
    expect(await a.sync()).toEqual({ kind: 'synced' });
    expect(await b.sync()).toEqual({ kind: 'synced' });
    const targets = await b.db.records.where('type').equals('dayTarget').toArray();
    expect(targets.map((r) => [r.key, r.fields])).toEqual(month.map((m) => [m.key, m.edit]));
  });
});
