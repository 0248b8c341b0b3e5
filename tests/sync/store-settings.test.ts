import { describe, expect, test } from 'vitest';
import { DEFAULT_PROGRAMME_RULES } from '../../src/shared/domain/programme/rules';
import { PROTOCOL_HEADER, type ChangesPage, type PullResponse } from '../../src/shared/sync/protocol.schema';
import { saveStoreSettings } from '../../src/app/commands/settings-commands';
import { signUpMember } from '../../src/app/commands/member-commands';
import { DEFAULT_STORE_SETTINGS } from '../../src/shared/domain/store-settings';
import { memberTasks } from '../../src/shared/domain/tasks/member-tasks';
import { taskConfigOf } from '../../src/shared/domain/tasks/store-task-config';
import { taskContext } from '../../src/shared/domain/tasks/task-context';
import { signUpFields } from './fixtures/members';
import { TEST_DIALECTS } from '../fixtures/test-databases';
import { syncBoth, twoTabletsEachTest, type TwoTablets } from './fixtures/two-tablets';

const T0 = 1_800_000_000_000;

/** The first type added through the registry (decision 0014): one settings record per store. */
describe.each(TEST_DIALECTS)('store settings syncing through the server on %s', (dialect) => {
  const world = twoTabletsEachTest(dialect, T0);
  const { clock } = world;

  const storeOf = (t: TwoTablets['a']) => t.enrolment.store.id;

  /** A tablet's first pull as an app of an older protocol makes it. */
  const firstPullAs = (t: TwoTablets['a'], protocol: number) =>
    world.server.app.inject({
      method: 'GET',
      url: '/api/sync/pull?cursor=',
      headers: { authorization: `Bearer ${t.enrolment.device.token}`, [PROTOCOL_HEADER]: String(protocol) },
    });

  test('an edit made offline shows at once, reaches every tablet, and is audited', async () => {
    const { server, a, b } = world;
    a.offline = true;
    const saved = await saveStoreSettings(a.deps, storeOf(a), { timeZone: 'Asia/Urumqi' });
    expect(saved.ok && saved.value.timeZone).toBe('Asia/Urumqi');
    expect((await a.db.settings.get(storeOf(a)))?.fields.rules).toEqual(DEFAULT_PROGRAMME_RULES);
    a.offline = false;
    expect(await a.sync()).toEqual({ kind: 'synced' });
    expect(await b.sync()).toEqual({ kind: 'synced' });
    expect((await b.db.settings.get(storeOf(b)))?.fields.timeZone).toBe('Asia/Urumqi');
    const audit = await server.db.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('action', '=', 'settings.change')
      .execute();
    expect(audit).toEqual([{ action: 'settings.change', detail: JSON.stringify({ fields: 'timeZone' }) }]);
  });

  test('two tablets editing different settings offline both win their own field', async () => {
    const { a, b } = world;
    a.offline = true;
    b.offline = true;
    await saveStoreSettings(a.deps, storeOf(a), { timeZone: 'Asia/Tokyo' });
    clock.advance(1_000);
    const rules = { ...DEFAULT_PROGRAMME_RULES, followUpDays: 3 };
    await saveStoreSettings(b.deps, storeOf(b), { rules });
    a.offline = false;
    b.offline = false;
    await syncBoth(world);
    for (const t of [a, b])
      expect((await t.db.settings.get(storeOf(t)))?.fields).toEqual({
        ...DEFAULT_STORE_SETTINGS,
        timeZone: 'Asia/Tokyo',
        rules,
      });
  });

  test('a tablet of protocol 2 is never sent a settings change', async () => {
    const { a, b } = world;
    await saveStoreSettings(a.deps, storeOf(a), { timeZone: 'Asia/Tokyo' });
    expect(await a.sync()).toEqual({ kind: 'synced' });
    const res = await firstPullAs(b, 2);
    const page = res.json<PullResponse>();
    expect(page).not.toHaveProperty('changes');
    expect(page.members).toEqual([]);
    expect(page.span?.count).toBe(0);
  });

  test('a tablet updated from protocol 2 receives the settings its old cursor went past', async () => {
    const { a, b } = world;
    await saveStoreSettings(a.deps, storeOf(a), { timeZone: 'Asia/Tokyo' });
    expect(await a.sync()).toEqual({ kind: 'synced' });
    // B pulled as the previous app did, and stored the cursor it was given.
    const old = await firstPullAs(b, 2);
    const oldPage = old.json<PullResponse>();
    await b.store.applyPage(oldPage);
    expect(await b.db.settings.count()).toBe(0);
    expect(await b.sync()).toEqual({ kind: 'synced' });
    expect((await b.db.settings.get(storeOf(b)))?.fields.timeZone).toBe('Asia/Tokyo');
  });

  describe('task settings (protocol 5)', () => {
    // T0 is 15 January 2027 in Shanghai: no default holiday is near, the store's own is tomorrow.
    const anniversary = {
      id: 'own-anniv',
      name: { zh: '店庆', en: 'Store anniversary' },
      calendar: 'solar',
      month: 1,
      day: 16,
    } as const;
    const holidays = { off: [], own: [anniversary] };

    /** The holiday greetings a tablet's task engine makes for its members today, from its settings. */
    async function holidayTasksOn(t: TwoTablets['a']) {
      const fields = (await t.db.settings.get(storeOf(t)))?.fields ?? DEFAULT_STORE_SETTINGS;
      const clockNow = { now: clock.now(), timeZoneOffsetMinutes: 480 };
      const ctx = taskContext(clockNow, fields.rules, taskConfigOf(fields));
      const members = await t.db.members.toArray();
      return members.flatMap((m) =>
        memberTasks(m, [], ctx).tasks.flatMap((task) => (task.why.kind === 'holiday' ? [task.id] : [])),
      );
    }

    test("a holiday the store adds on one tablet makes its greetings on the other's tasks", async () => {
      const { a, b } = world;
      const fields = signUpFields(a.deps);
      await signUpMember(a.deps, { fields: { ...fields, consent: { ...fields.consent, marketing: true } } });
      await syncBoth(world);
      expect(await holidayTasksOn(b)).toEqual([]);

      a.offline = true;
      await saveStoreSettings(a.deps, storeOf(a), { holidays });
      a.offline = false;
      await syncBoth(world);
      expect(await b.sync()).toEqual({ kind: 'synced' });
      const [onB] = await holidayTasksOn(b);
      expect(onB).toContain('own-anniv');
      // The same task, by the same id, on both tablets.
      expect(await holidayTasksOn(a)).toEqual([onB]);

      // Switched off on B, gone from A's tasks.
      await saveStoreSettings(b.deps, storeOf(b), { holidays: { off: [], own: [] } });
      await syncBoth(world);
      expect(await holidayTasksOn(a)).toEqual([]);
    });

    test('a tablet of protocol 4 is sent the settings without them, and all of them once updated', async () => {
      const { a, b } = world;
      await saveStoreSettings(a.deps, storeOf(a), { holidays, timeZone: 'Asia/Tokyo' });
      expect(await a.sync()).toEqual({ kind: 'synced' });
      const old = await firstPullAs(b, 4);
      // Read as sent, unparsed: the current schema would fill in the defaults.
      const oldPage = old.json<ChangesPage>();
      const record = oldPage.changes?.find((c) => c.type === 'settings')?.change;
      expect(record).toMatchObject({ record: { fields: { timeZone: 'Asia/Tokyo' } } });
      // A protocol-4 app parses the record strictly: neither field nor its clock is there.
      expect(Object.keys((record as { record: { fields: object } }).record.fields).sort()).toEqual([
        'rules',
        'timeZone',
      ]);
      expect(JSON.stringify(record)).not.toContain('holidays');

      // B stored what the old app was sent, then was updated: its next pull brings the rest.
      await b.store.applyPage(oldPage);
      expect((await b.db.settings.get(storeOf(b)))?.fields.holidays).toEqual(DEFAULT_STORE_SETTINGS.holidays);
      expect(await b.sync()).toEqual({ kind: 'synced' });
      expect((await b.db.settings.get(storeOf(b)))?.fields).toMatchObject({
        holidays,
        timeZone: 'Asia/Tokyo',
      });
    });

    test('an edit from a protocol-4 tablet leaves the task settings as they were', async () => {
      const { a, b } = world;
      await saveStoreSettings(a.deps, storeOf(a), { holidays });
      expect(await a.sync()).toEqual({ kind: 'synced' });
      // What a protocol-4 app sends: only the fields it knows.
      await saveStoreSettings(b.deps, storeOf(b), { timeZone: 'Asia/Tokyo' });
      await syncBoth(world);
      for (const t of [a, b])
        expect((await t.db.settings.get(storeOf(t)))?.fields).toMatchObject({
          holidays,
          timeZone: 'Asia/Tokyo',
        });
    });
  });
});
