import { describe, expect, test } from 'vitest';
import type { TillDaysAnswer } from '../../src/shared/schemas/pos.schema';
import { encodeHlc } from '../../src/shared/sync/hlc';
import {
  ChangesPage,
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  type Mutation,
} from '../../src/shared/sync/protocol.schema';
import { push } from '../fixtures/sync-api';
import { newMutationId } from '../fixtures/factories';
import { TEST_DIALECTS } from '../fixtures/test-databases';
import { sharedTestServer, testServer, type TestServer } from '../fixtures/test-server';
import { issuePosKey, postTillDays } from '../fixtures/pos-api';
import { secondStore } from '../fixtures/security-world';
import { changedTables, snapshotDatabase } from '../fixtures/db-snapshot';

// 2027-01-14 17:30 UTC is already 01:30 on the 15th in Shanghai, the store's time zone.
const AT = Date.UTC(2027, 0, 14, 17, 30);
const day = (d: string, salesFen = 1_000_000) => ({ day: d, salesFen, tickets: 20, pieces: 31 });

async function storeWithKey(dialect: (typeof TEST_DIALECTS)[number]) {
  const s = await testServer(dialect, { now: AT, seed: 'store' });
  const issued = await issuePosKey(s.app, {
    deviceToken: s.owner.device.token,
    session: s.owner.session.token,
  });
  return { s, key: issued.key, keyId: issued.id };
}

/** A refused post: its status and code, and not one row written anywhere. */
async function expectRefused(s: TestServer, send: () => Promise<{ statusCode: number; json(): unknown }>) {
  const before = await snapshotDatabase(s.db.db);
  const res = await send();
  const after = await snapshotDatabase(s.db.db);
  return {
    status: res.statusCode,
    body: res.json() as { code: string; field?: string },
    changed: changedTables(before, after),
  };
}

describe.each(TEST_DIALECTS)('POST /api/pos/till-days, on %s', (dialect) => {
  test('takes a post once: the same postId again is answered already-taken and changes nothing', async () => {
    const { s, key, keyId } = await storeWithKey(dialect);
    const post = { postId: 'till-1:2027-01-14', days: [day('2027-01-13'), day('2027-01-14')] };
    const first = await postTillDays(s.app, key, post);
    expect(first.statusCode).toBe(200);
    expect(first.json<TillDaysAnswer>()).toEqual({ postId: post.postId, status: 'taken', days: 2 });
    const lines = await s.db.db
      .selectFrom('audit_log')
      .select(['detail', 'device_id', 'staff_id'])
      .where('action', '=', 'pos.till-days')
      .execute();
    // Counts only: never the key, never the figures.
    expect(lines).toEqual([
      { detail: JSON.stringify({ keyId, days: 2, changed: 2 }), device_id: null, staff_id: null },
    ]);
    const used = await s.db.db.selectFrom('pos_keys').select('last_used_at').executeTakeFirstOrThrow();
    expect(Number(used.last_used_at)).toBe(AT);

    s.setNow(AT + 60_000);
    const replay = await expectRefused(s, () => postTillDays(s.app, key, post));
    expect(replay).toEqual({
      status: 200,
      body: { postId: post.postId, status: 'already-taken', days: 2 },
      changed: [],
    });
  });

  test('a good post reaches the tablets as till-day changes, audited by day and field; a tablet’s later edit still wins', async () => {
    const { s, key } = await storeWithKey(dialect);
    const pulled = async () => {
      const res = await s.app.inject({
        method: 'GET',
        url: '/api/sync/pull?cursor=',
        headers: {
          authorization: `Bearer ${s.owner.device.token}`,
          [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
        },
      });
      return ChangesPage.parse(res.json()).changes.filter((c) => c.type === 'tillDay');
    };
    const taken = await postTillDays(s.app, key, {
      postId: 'till-1',
      days: [day('2027-01-13', 1_863_500), day('2027-01-14', 920_000)],
    });
    expect(taken.json()).toMatchObject({ status: 'taken' });
    expect(await pulled()).toMatchObject([
      {
        type: 'tillDay',
        change: { record: { key: '2027-01-13', fields: { salesFen: 1_863_500, tickets: 20, pieces: 31 } } },
      },
      {
        type: 'tillDay',
        change: { record: { key: '2027-01-14', fields: { salesFen: 920_000, tickets: 20, pieces: 31 } } },
      },
    ]);
    const changes = await s.db.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'tillDay.change')
      .execute();
    expect(changes.map((c) => c.detail)).toEqual([
      JSON.stringify({ key: '2027-01-13', fields: 'salesFen,tickets,pieces', source: 'pos' }),
      JSON.stringify({ key: '2027-01-14', fields: 'salesFen,tickets,pieces', source: 'pos' }),
    ]);

    // The owner corrects the tickets at the counter afterwards: her edit is newer, and stays.
    const fix = {
      id: newMutationId(),
      deviceId: s.owner.device.id,
      staffId: s.owner.staff.id,
      hlc: encodeHlc({ wall: AT + 60_000, counter: 0, node: s.owner.device.id }),
      kind: 'tillDay.update',
      entity: 'tillDay',
      entityId: '2027-01-14',
      payload: { fields: { tickets: 22 } },
    } as unknown as Mutation;
    s.setNow(AT + 60_000);
    const pushed = await push(s.app, s.owner.device.token, [fix], s.owner.session.token);
    expect(pushed.json()).toMatchObject({ results: [{ status: 'applied' }] });
    const [, fixed] = await pulled();
    expect(fixed).toMatchObject({
      change: { record: { key: '2027-01-14', fields: { salesFen: 920_000, tickets: 22 } } },
    });
  });

  test('a day is today or earlier in the store’s own time zone', async () => {
    const { s, key } = await storeWithKey(dialect);
    // The 15th in Shanghai though still the 14th in UTC.
    const today = await postTillDays(s.app, key, { postId: 'today', days: [day('2027-01-15')] });
    expect(today.statusCode).toBe(200);
    const tomorrow = await expectRefused(s, () =>
      postTillDays(s.app, key, { postId: 'tomorrow', days: [day('2027-01-14'), day('2027-01-16')] }),
    );
    expect(tomorrow).toMatchObject({
      status: 422,
      body: { code: 'day-in-future', field: 'days.1.day' },
      changed: [],
    });
  });

  test('no key, a wrong key, a tablet’s credential and a revoked key are refused 401, writing nothing', async () => {
    const { s, key, keyId } = await storeWithKey(dialect);
    const post = { postId: 'p1', days: [day('2027-01-14')] };
    expect(await expectRefused(s, () => postTillDays(s.app, null, post))).toMatchObject({
      status: 401,
      body: { code: 'unauthenticated' },
      changed: [],
    });
    expect(await expectRefused(s, () => postTillDays(s.app, 'x'.repeat(43), post))).toMatchObject({
      status: 401,
      body: { code: 'unauthenticated' },
      changed: [],
    });
    expect(await expectRefused(s, () => postTillDays(s.app, s.owner.device.token, post))).toMatchObject({
      status: 401,
      changed: [],
    });
    // Credentials come first: a bad body without a key tells nothing of how bodies are checked.
    expect(await expectRefused(s, () => postTillDays(s.app, null, { days: 'x' }))).toMatchObject({
      status: 401,
      changed: [],
    });
    expect((await s.as('owner').post(`/api/pos-keys/${keyId}/revoke`)).statusCode).toBe(204);
    expect(await expectRefused(s, () => postTillDays(s.app, key, post))).toMatchObject({
      status: 401,
      body: { code: 'pos-key-revoked' },
      changed: [],
    });
  });

  test('a key posts for its own store only: naming another store is refused 403', async () => {
    const { s } = await storeWithKey(dialect);
    const other = await secondStore(s.db, AT);
    const theirs = await issuePosKey(s.app, {
      deviceToken: other.device.token,
      session: other.session.token,
    });
    const res = await expectRefused(s, () =>
      postTillDays(s.app, theirs.key, { postId: 'p1', storeId: s.owner.store.id, days: [day('2027-01-14')] }),
    );
    expect(res).toMatchObject({ status: 403, body: { code: 'forbidden' }, changed: [] });
    const own = await postTillDays(s.app, theirs.key, {
      postId: 'p1',
      storeId: other.store.id,
      days: [day('2027-01-14')],
    });
    expect(own.statusCode).toBe(200);
  });
});

describe.each(TEST_DIALECTS)('POST /api/pos/till-days with a malformed body, on %s', (dialect) => {
  // Each refusal writes nothing (checked), so one server serves them all.
  let key = '';
  const s = sharedTestServer(dialect, { now: AT, seed: 'store' }, async (server) => {
    key = (
      await issuePosKey(server.app, {
        deviceToken: server.owner.device.token,
        session: server.owner.session.token,
      })
    ).key;
  });

  test.each([
    ['not JSON', 400, 'invalid-json', undefined, '{"postId":'],
    ['no postId', 422, 'invalid-field', 'postId', { days: [day('2027-01-14')] }],
    ['no days', 422, 'invalid-field', 'days', { postId: 'p', days: [] }],
    [
      'a negative sale',
      422,
      'invalid-field',
      'days.0.salesFen',
      { postId: 'p', days: [day('2027-01-14', -1)] },
    ],
    [
      'yuan with cents',
      422,
      'invalid-field',
      'days.0.salesFen',
      { postId: 'p', days: [day('2027-01-14', 12.5)] },
    ],
    [
      'sales as text',
      422,
      'invalid-field',
      'days.0.salesFen',
      { postId: 'p', days: [{ ...day('2027-01-14'), salesFen: '100' }] },
    ],
    ['no such day', 422, 'invalid-field', 'days.0.day', { postId: 'p', days: [day('2027-02-30')] }],
    [
      'a day written otherwise',
      422,
      'invalid-field',
      'days.0.day',
      { postId: 'p', days: [day('2027/01/14')] },
    ],
    [
      'a day twice',
      422,
      'invalid-field',
      'days.1.day',
      { postId: 'p', days: [day('2027-01-13'), day('2027-01-13')] },
    ],
    [
      'a field of its own',
      422,
      'invalid-field',
      'days.0',
      { postId: 'p', days: [{ ...day('2027-01-14'), vipFen: 1 }] },
    ],
    [
      'a store id that is none',
      422,
      'invalid-field',
      'storeId',
      { postId: 'p', storeId: 'x', days: [day('2027-01-14')] },
    ],
    ['a postId with a space', 422, 'invalid-field', 'postId', { postId: 'a b', days: [day('2027-01-14')] }],
  ] as const)('refuses %s with %i, writing nothing', async (_name, status, code, field, body) => {
    const res = await expectRefused(s, () => postTillDays(s.app, key, body));
    expect(res).toMatchObject({ status, body: { code }, changed: [] });
    expect(res.body.field).toBe(field);
  });
});
