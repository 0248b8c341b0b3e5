import { describe, expect, test } from 'vitest';
import { saveFieldRecord, saveFieldRecords } from '../../src/app/commands/field-record-commands';
import { TEST_DIALECTS } from '../fixtures/test-databases';
import { syncBoth, twoTabletsEachTest } from './fixtures/two-tablets';

const T0 = 1_800_000_000_000;
const DAY = '2027-01-05';

/** Field records (decision 0016) from one tablet to another through the server. */
describe.each(TEST_DIALECTS)('field records syncing through the server on %s', (dialect) => {
  const world = twoTabletsEachTest(dialect, T0);
  const { clock } = world;

  test('two tablets editing different fields of a day offline both keep their field everywhere', async () => {
    const { a, b } = world;
    a.offline = true;
    b.offline = true;
    await saveFieldRecord(a.deps, 'tillDay', DAY, { salesFen: 1_280_000 });
    clock.advance(1_000);
    await saveFieldRecord(b.deps, 'tillDay', DAY, { tickets: 42 });
    a.offline = false;
    b.offline = false;
    await syncBoth(world);
    for (const t of [a, b])
      expect((await t.db.records.get(['tillDay', DAY]))?.fields).toEqual({
        salesFen: 1_280_000,
        tickets: 42,
      });
  });

  test("a month's targets saved on one tablet reach another in one pull", async () => {
    const { a, b } = world;
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
