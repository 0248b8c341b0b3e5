import { describe, expect, test } from 'vitest';
import { DEFAULT_PROGRAMME_RULES } from '../../src/shared/domain/programme/rules';
import { PROTOCOL_HEADER, type PullResponse } from '../../src/shared/sync/protocol.schema';
import { saveStoreSettings } from '../../src/app/commands/settings-commands';
import { TEST_DIALECTS } from '../fixtures/test-databases';
import { syncBoth, twoTabletsEachTest, type TwoTablets } from './fixtures/two-tablets';

const T0 = 1_800_000_000_000;

/** The first type added through the registry (decision 0014): one settings record per store. */
describe.each(TEST_DIALECTS)('store settings syncing through the server on %s', (dialect) => {
  const world = twoTabletsEachTest(dialect, T0);
  const { clock } = world;

  const storeOf = (t: TwoTablets['a']) => t.enrolment.store.id;

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
      expect((await t.db.settings.get(storeOf(t)))?.fields).toEqual({ timeZone: 'Asia/Tokyo', rules });
  });

  test('a tablet of protocol 2 is never sent a settings change', async () => {
    const { server, a, b } = world;
    await saveStoreSettings(a.deps, storeOf(a), { timeZone: 'Asia/Tokyo' });
    expect(await a.sync()).toEqual({ kind: 'synced' });
    const res = await server.app.inject({
      method: 'GET',
      url: '/api/sync/pull?cursor=',
      headers: { authorization: `Bearer ${b.enrolment.device.token}`, [PROTOCOL_HEADER]: '2' },
    });
    const page = res.json<PullResponse>();
    expect(page).not.toHaveProperty('changes');
    expect(page.members).toEqual([]);
    expect(page.span?.count).toBe(0);
  });

  test('a tablet updated from protocol 2 receives the settings its old cursor went past', async () => {
    const { server, a, b } = world;
    await saveStoreSettings(a.deps, storeOf(a), { timeZone: 'Asia/Tokyo' });
    expect(await a.sync()).toEqual({ kind: 'synced' });
    // B pulled as the previous app did, and stored the cursor it was given.
    const old = await server.app.inject({
      method: 'GET',
      url: '/api/sync/pull?cursor=',
      headers: { authorization: `Bearer ${b.enrolment.device.token}`, [PROTOCOL_HEADER]: '2' },
    });
    const oldPage = old.json<PullResponse>();
    await b.store.applyPage(oldPage);
    expect(await b.db.settings.count()).toBe(0);
    expect(await b.sync()).toEqual({ kind: 'synced' });
    expect((await b.db.settings.get(storeOf(b)))?.fields.timeZone).toBe('Asia/Tokyo');
  });
});
