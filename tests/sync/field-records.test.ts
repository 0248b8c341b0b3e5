import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { saveFieldRecord, saveFieldRecords } from '../../src/app/commands/field-record-commands';
import { TEST_DIALECTS } from '../fixtures/test-databases';
import { eraseMember, signUpMember } from '../../src/app/commands/member-commands';
import { taskId } from '../../src/shared/domain/tasks/task-id';
import { manualClock, signUpFields } from './fixtures/members';
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

  test('an erasure on one tablet takes her task states off the other, with its edit still waiting', async () => {
    const signUp = async (name: string, phone: string, cardNo: string) => {
      const r = await signUpMember(a.deps, { fields: signUpFields(a.deps, { name, phone, cardNo }) });
      if (!r.ok) throw new Error(r.error.code);
      return r.value.memberId;
    };
    const her = await signUp('张晓梅', '13800138001', '100000000001');
    const other = await signUp('王芳', '13800138002', '100000000002');
    const herTask = taskId('birthday', her, '2027-01-05');
    const otherTask = taskId('birthday', other, '2027-01-05');
    const skip = { state: 'skipped', reason: '她在外地出差', byStaffId: null, ownerStaffId: null } as const;
    expect(await a.sync()).toEqual({ kind: 'synced' });
    expect(await b.sync()).toEqual({ kind: 'synced' });
    for (const key of [herTask, otherTask]) await saveFieldRecord(b.deps, 'taskState', key, skip);
    expect(await b.sync()).toEqual({ kind: 'synced' });
    expect(await a.sync()).toEqual({ kind: 'synced' });
    const keys = async (t: Tablet) =>
      (await t.db.records.where('type').equals('taskState').primaryKeys()).map(([, key]) => key);
    expect((await keys(a)).sort()).toEqual([herTask, otherTask].sort());

    // B, offline, reopens her task; meanwhile A erases her at her request.
    b.offline = true;
    clock.advance(1_000);
    await saveFieldRecord(b.deps, 'taskState', herTask, { state: 'open', reason: null });
    expect(await b.db.outbox.where('memberId').equals(her).count()).toBe(1);
    expect(await eraseMember(a.deps, her, '顾客要求')).toMatchObject({ ok: true });
    expect(await keys(a)).toEqual([otherTask]);
    expect(await a.sync()).toEqual({ kind: 'synced' });

    b.offline = false;
    await b.sync();
    await b.sync();
    expect(await keys(b)).toEqual([otherTask]);
    expect(await b.db.outbox.count()).toBe(0);
    expect(await b.db.deadLetters.count()).toBe(0);
    expect(await a.sync()).toEqual({ kind: 'synced' });
    expect(await keys(a)).toEqual([otherTask]);
  });
});
