import { gunzipSync } from 'node:zlib';
import { beforeEach, describe, expect, test } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { hashToken } from '../../src/server/auth/secrets';
import { purgeTombstones } from '../../src/server/sync/purge';
import { staffRepository } from '../../src/server/repositories/staff.repository';
import type { Enrolment } from '../../src/shared/schemas/setup.schema';
import type { MemberId } from '../../src/shared/schemas/ids.schema';
import type { PushResponse } from '../../src/shared/sync/protocol.schema';
import {
  OLDEST_SUPPORTED_PROTOCOL,
  PROTOCOL_VERSION,
  PullResponse,
} from '../../src/shared/sync/protocol.schema';
import { TEST_DIALECTS, type TestDatabase } from '../fixtures/test-databases';
import { testServer } from '../fixtures/test-server';
import { MEMBER_PAGES_PROTOCOL, mutationMaker, pull, push, syncHeaders } from '../fixtures/sync-api';
import { addStaff, signIn } from '../fixtures/security-api';
import { memberFields } from '../fixtures/factories';

const NOW = 1_800_000_000_000;
const phone = (i: number) => `1380000${String(i).padStart(4, '0')}`;
const card = (i: number) => `1${String(i).padStart(11, '0')}`;

describe.each(TEST_DIALECTS)('sync API on %s', (dialect) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let tablet: Enrolment;
  let make: ReturnType<typeof mutationMaker>;

  beforeEach(async () => {
    ({ db, app, owner: tablet } = await testServer(dialect, { seed: 'store', now: NOW }));
    make = mutationMaker(tablet, NOW - 60_000);
  });

  async function pushOk(mutations: unknown[]): Promise<PushResponse> {
    const res = await push(app, tablet.device.token, mutations, tablet.session.token);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<PushResponse>();
  }

  async function pullAll(token = tablet.device.token, limit = 1000) {
    const pages: PullResponse[] = [];
    let cursor = '';
    for (;;) {
      const res = await pull(app, token, cursor, limit);
      expect(res.statusCode, res.body).toBe(200);
      // The tablet's own contract: the page the server splices from stored JSON must meet it.
      const page = PullResponse.parse(res.json());
      pages.push(page);
      cursor = page.cursor;
      if (!page.hasMore) return { pages, cursor };
    }
  }

  test('a tablet without a credential, a revoked one and an outdated one are each told why', async () => {
    const body = { protocol: PROTOCOL_VERSION, mutations: [make.create(memberFields())] };
    const anon = await app.inject({ method: 'POST', url: '/api/sync/push', payload: body });
    expect(anon.statusCode).toBe(401);
    expect(anon.json()).toMatchObject({ code: 'unauthenticated', retryable: false });

    const old = await app.inject({
      method: 'GET',
      url: '/api/sync/pull',
      headers: syncHeaders(tablet.device.token, 0),
    });
    expect(old.statusCode).toBe(426);
    expect(old.json().code).toBe('app-outdated');

    await db.db.updateTable('devices').set({ revoked_at: NOW }).execute();
    const revoked = await pull(app, tablet.device.token);
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json().code).toBe('device-revoked');
  });

  test('a mutation is applied once however often it arrives, and pulled with its search keys', async () => {
    const create = make.create(memberFields({ name: '张晓梅' }));
    expect((await pushOk([create])).results).toEqual([{ id: create.id, status: 'applied' }]);
    expect((await pushOk([create, create])).results.map((r) => r.status)).toEqual(['duplicate', 'duplicate']);

    const { pages } = await pullAll();
    const members = pages.flatMap((p) => p.members);
    expect(members).toHaveLength(1);
    expect(members[0]).toMatchObject({
      state: 'live',
      record: { id: create.entityId, fields: { name: '张晓梅' } },
      keys: { pinyin: 'zhangxiaomei', initials: 'zxm' },
    });
  });

  test('a bad mutation is refused with a code and the rest of the batch is applied', async () => {
    const good = make.create(memberFields());
    const foreign = { ...make.create(memberFields({ phone: phone(2), cardNo: card(2) })), deviceId: good.id };
    const memberId = good.entityId as MemberId;
    const mismatch = make.purchase(memberId, 10_000, 9_000);
    const malformed = { ...make.visit(memberId), hlc: 'yesterday' };
    const res = await pushOk([good, foreign, mismatch, malformed, make.visit(memberId)]);
    expect(res.results.map((r) => (r.status === 'rejected' ? r.code : r.status))).toEqual([
      'applied',
      'forbidden',
      'total-mismatch',
      'invalid',
      'applied',
    ]);
    const refused = res.results[2];
    expect(refused?.status === 'rejected' && refused.message).toBe('购买金额与商品明细不符。');
    // A refusal is remembered: sent again, it answers the same.
    expect((await pushOk([mismatch])).results[0]).toMatchObject({
      status: 'rejected',
      code: 'total-mismatch',
    });
    const events = await db.db.selectFrom('events').select('kind').execute();
    expect(events.map((e) => e.kind)).toEqual(['visit']);
  });

  test('limits: more than 500 mutations or more than 1 MB is a clear 413', async () => {
    const many = Array.from({ length: 501 }, () =>
      make.visit(make.create(memberFields()).entityId as MemberId),
    );
    const tooMany = await push(app, tablet.device.token, many);
    expect(tooMany.statusCode).toBe(413);
    expect(tooMany.json()).toMatchObject({ code: 'too-many-mutations' });

    const big = await push(app, tablet.device.token, [{ junk: 'x'.repeat(1_100_000) }]);
    expect(big.statusCode).toBe(413);
    expect(big.json()).toMatchObject({ code: 'body-too-large', message: '一次提交的内容太多，请分批同步。' });
  });

  test('pull pages come in change order, each row once, with the rows left announced on the first page', async () => {
    const ids: MemberId[] = [];
    for (let i = 0; i < 12; i++) {
      const c = make.create(memberFields({ phone: phone(i), cardNo: card(i) }));
      ids.push(c.entityId as MemberId);
      await pushOk([c, make.visit(c.entityId as MemberId)]);
    }
    const { pages } = await pullAll(tablet.device.token, 5);
    expect(pages).toHaveLength(5);
    expect(pages[0]?.remaining).toBe(24 - 5);
    expect(pages.slice(1).every((p) => p.remaining === null)).toBe(true);
    // The first page held three members and two visits: nine members are still to come.
    expect(pages[0]?.remainingMembers).toBe(12 - 3);
    expect(pages.slice(1).every((p) => p.remainingMembers === undefined)).toBe(true);
    const seen = pages.flatMap((p) => [
      ...p.members.map((m) => (m.state === 'live' ? m.record.id : m.id)),
      ...p.events.map((e) => e.event.id),
    ]);
    expect(new Set(seen).size).toBe(24);
    expect(pages.flatMap((p) => p.members.map((m) => (m.state === 'live' ? m.record.id : m.id)))).toEqual(
      ids,
    );

    const bad = await pull(app, tablet.device.token, 'not-a-cursor');
    expect(bad.statusCode).toBe(422);
    expect(bad.json()).toMatchObject({ code: 'invalid-field', field: 'cursor' });
  });

  test('pages tell the change numbers they cover and their row count; a push tells the number it reached', async () => {
    const c = make.create(memberFields());
    const pushed = await pushOk([c, make.visit(c.entityId as MemberId), make.visit(c.entityId as MemberId)]);
    const { pages } = await pullAll(tablet.device.token, 2);
    expect(pages.map((p) => p.span)).toEqual([
      { from: 0, to: expect.any(Number), count: 2 },
      { from: pages[0]?.span?.to, to: pushed.seq, count: 1 },
    ]);
  });

  test('a tablet of the previous protocol is still served, with the answers it knows', async () => {
    const v1 = syncHeaders(tablet.device.token, OLDEST_SUPPORTED_PROTOCOL);
    const res = await app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: v1,
      payload: { protocol: OLDEST_SUPPORTED_PROTOCOL, mutations: [make.create(memberFields())] },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(Object.keys(res.json<object>()).sort()).toEqual(['results', 'serverTime']);
    const page = await app.inject({ method: 'GET', url: '/api/sync/pull?cursor=', headers: v1 });
    expect(page.statusCode).toBe(200);
    expect(page.json<object>()).not.toHaveProperty('span');
  });

  test('a pull is gzipped for a tablet that accepts it', async () => {
    await pushOk(
      Array.from({ length: 5 }, (_, i) => make.create(memberFields({ phone: phone(i), cardNo: card(i) }))),
    );
    const res = await app.inject({
      method: 'GET',
      url: '/api/sync/pull?cursor=',
      headers: { ...syncHeaders(tablet.device.token, MEMBER_PAGES_PROTOCOL), 'accept-encoding': 'gzip' },
    });
    expect(res.headers['content-encoding']).toBe('gzip');
    const page = JSON.parse(gunzipSync(res.rawPayload).toString('utf8')) as PullResponse;
    expect(page.members).toHaveLength(5);
    expect(res.rawPayload.length).toBeLessThan(JSON.stringify(page).length / 2);
  });

  test('erasure removes her personal data and events everywhere and leaves a tombstone', async () => {
    const c = make.create(memberFields({ name: '李娜', phone: phone(7) }));
    const id = c.entityId as MemberId;
    await pushOk([c, make.visit(id), make.purchase(id, 50_000)]);
    const { cursor } = await pullAll();
    await pushOk([make.erase(id)]);

    const res = await pull(app, tablet.device.token, cursor);
    const page = PullResponse.parse(res.json());
    expect(page.members).toEqual([{ state: 'gone', id, reason: 'erased', mergedInto: null }]);
    const row = await db.db.selectFrom('members').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ state: 'erased', record: null, phone: null, pinyin: '', initials: '' });
    expect(await db.db.selectFrom('events').select('id').execute()).toEqual([]);
    // Anything later about her is refused, not resurrected.
    expect((await pushOk([make.visit(id)])).results[0]).toMatchObject({ code: 'member-gone' });
  });

  test('the server checks the role of whoever made each change: only the owner erases', async () => {
    const c = make.create(memberFields());
    await pushOk([c]);
    const associateId = '0190c000-0000-7000-8000-00000000000a';
    await staffRepository(db.db).add({
      id: associateId,
      storeId: tablet.store.id,
      name: '李娜',
      role: 'associate',
      passwordHash: null,
      now: NOW,
    });
    const asAssociate = mutationMaker({
      ...tablet,
      staff: { id: associateId, name: '李娜', role: 'associate' },
    } as Enrolment);
    const id = c.entityId as MemberId;
    const res = await pushOk([
      asAssociate.visit(id),
      asAssociate.remove(id),
      asAssociate.erase(id),
      make.erase(id),
    ]);
    expect(res.results.map((r) => (r.status === 'rejected' ? r.code : r.status))).toEqual([
      'applied',
      'forbidden',
      'forbidden',
      'applied',
    ]);
  });

  test('a deletion or erasure needs its author’s server session beside the device credential', async () => {
    const c = make.create(memberFields());
    await pushOk([c]);
    const id = c.entityId as MemberId;
    const manager = await addStaff(app, tablet, { name: '陈店长', role: 'manager', pin: '370914' });
    const managerSession = (await signIn(app, tablet.device.token, manager.id, '370914')).token;
    const asManager = mutationMaker({ ...tablet, staff: { ...manager } });
    // A lifted device token alone, or the wrong person's session, cannot stamp her name on them.
    const attempts = [
      { m: make.erase(id), session: undefined },
      { m: make.erase(id), session: managerSession },
      { m: asManager.remove(id), session: tablet.session.token },
      { m: asManager.remove(id), session: 'not-a-session-token-at-all' },
    ];
    for (const { m, session } of attempts) {
      const res = (await push(app, tablet.device.token, [m], session)).json<PushResponse>();
      expect(res.results[0]).toMatchObject({ status: 'rejected', code: 'forbidden', field: 'session' });
    }
    const [left] = (await pullAll()).pages.flatMap((p) => p.members);
    expect(left).toMatchObject({ state: 'live' });
    const removed = (
      await push(app, tablet.device.token, [asManager.remove(id)], managerSession)
    ).json<PushResponse>();
    expect(removed.results[0]).toMatchObject({ status: 'applied' });
  });

  test('a tablet away longer than tombstone retention is told to download again', async () => {
    const c = make.create(memberFields());
    await pushOk([c]);
    const { cursor } = await pullAll();
    const other = make.create(memberFields({ phone: phone(3), cardNo: card(3) }));
    await pushOk([other, make.remove(other.entityId as MemberId)]);
    expect(await purgeTombstones(db.db, NOW + 1, 0)).toBe(1);
    const page = (await pull(app, tablet.device.token, cursor)).json<PullResponse>();
    expect(page).toMatchObject({ resync: true, members: [], events: [] });
    const fresh = (await pull(app, tablet.device.token, '')).json<PullResponse>();
    expect(fresh.resync).toBe(false);
    expect(fresh.members).toHaveLength(1);
  });

  test('another store’s tablet sees none of this store’s members and cannot touch them', async () => {
    const c = make.create(memberFields());
    await pushOk([c, make.visit(c.entityId as MemberId)]);
    const other = await secondStore();
    const theirs = mutationMaker(other);
    const { pages } = await pullAll(other.device.token);
    expect(pages.flatMap((p) => [...p.members, ...p.events])).toEqual([]);
    const res = (
      await push(app, other.device.token, [
        theirs.update(c.entityId as MemberId, { name: '改名' }),
        theirs.visit(c.entityId as MemberId),
        theirs.create(memberFields(), c.entityId as MemberId),
      ])
    ).json<PushResponse>();
    expect(res.results.map((r) => (r.status === 'rejected' ? r.code : r.status))).toEqual([
      'unknown-member',
      'unknown-member',
      'invalid',
    ]);
    const row = await db.db
      .selectFrom('members')
      .select('record')
      .where('id', '=', c.entityId)
      .executeTakeFirstOrThrow();
    expect(row.record).toContain('张晓梅');
  });

  /** A second store, made directly: the setup route refuses once a store exists. */
  async function secondStore(): Promise<Enrolment> {
    const ids = {
      store: '0190b000-0000-7000-8000-000000000001',
      staff: '0190b000-0000-7000-8000-000000000002',
      device: '0190b000-0000-7000-8000-000000000003',
    };
    const token = 'other-store-token-000000000000000000000000';
    await db.db
      .insertInto('stores')
      .values({ id: ids.store, name: '另一店', created_at: NOW, seq: 1, purged_seq: 0 })
      .execute();
    await db.db
      .insertInto('staff')
      .values({
        id: ids.staff,
        store_id: ids.store,
        name: '赵敏',
        role: 'owner',
        password_hash: null,
        pin_verifier: null,
        created_at: NOW,
        disabled_at: null,
        seq: 1,
      })
      .execute();
    await db.db
      .insertInto('devices')
      .values({
        id: ids.device,
        store_id: ids.store,
        name: 'x',
        token_hash: hashToken(token),
        created_at: NOW,
        revoked_at: null,
        last_seen_at: null,
      })
      .execute();
    return {
      store: { id: ids.store, name: '另一店' },
      device: { id: ids.device, token },
      staff: { id: ids.staff, name: '赵敏', role: 'owner' },
    } as Enrolment;
  }
});
