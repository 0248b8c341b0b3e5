import { beforeAll, describe, expect, test } from 'vitest';
import type { InjectOptions } from 'fastify';
import type { ChainStores, CreatedStore, StoreSummary } from '../../src/shared/schemas/chain.schema';
import type { Enrolment } from '../../src/shared/schemas/setup.schema';
import type { EventId, MemberId } from '../../src/shared/schemas/ids.schema';
import type { Mutation, PullResponse } from '../../src/shared/sync/protocol.schema';
import { TEST_DIALECTS } from '../fixtures/test-databases';
import { securityWorld, enrolByCode, WORLD_NOW } from '../fixtures/security-world';
import { addStaff, signIn, staffHeaders } from '../fixtures/security-api';
import { mutationMaker, pull, push } from '../fixtures/sync-api';
import { changedTables, snapshotDatabase } from '../fixtures/db-snapshot';
import { memberFields } from '../fixtures/factories';

const DAY = 86_400_000;
const NEW_OWNER = {
  storeName: '徐汇日月光店',
  ownerName: '孙悦',
  ownerPassword: 'xuhui2026shop',
  ownerPin: '604917',
};
const phone = (i: number) => `1390000${String(i).padStart(4, '0')}`;
const card = (i: number) => `2${String(i).padStart(11, '0')}`;

/** A void of `targetId`, recorded as a tablet would: an event mutation of kind void. */
function voidOf(maker: ReturnType<typeof mutationMaker>, memberId: MemberId, targetId: string): Mutation {
  const m = maker.visit(memberId);
  const event = m.payload as { id: EventId; memberId: MemberId; staffId: string; at: number };
  return { ...m, payload: { ...event, kind: 'void', payload: { targetId, reason: '录错' } } } as Mutation;
}

describe.each(TEST_DIALECTS)('head office: GET and POST /api/chain/stores, on %s', (dialect) => {
  let created: CreatedStore;
  let branch: Enrolment;
  const hq = () => staffHeaders(w.owner.device.token, w.owner.session.token);
  const call = (req: InjectOptions, headers: Record<string, string>) => w.app.inject({ ...req, headers });
  const listStores = (headers: Record<string, string>) =>
    call({ method: 'GET', url: '/api/chain/stores' }, headers);
  const createStore = (payload: object, headers = hq()) =>
    call({ method: 'POST', url: '/api/chain/stores', payload }, headers);
  const pushOk = async (token: string, mutations: Mutation[], session?: string) => {
    const res = await push(w.app, token, mutations, session);
    expect(res.json<{ results: { status: string }[] }>().results.map((r) => r.status)).toEqual(
      mutations.map(() => 'applied'),
    );
  };

  const w = securityWorld(dialect);
  beforeAll(async () => {
    // The head office store: two members on the roster (one new this month), one deleted; one
    // purchase counts, one was voided, one is older than 30 days.
    const old = mutationMaker(w.owner, WORLD_NOW - 40 * DAY);
    const recent = mutationMaker(w.owner, WORLD_NOW - 3 * DAY);
    const veteran = old.create(memberFields({ name: '钱芳', phone: phone(1), cardNo: card(1) }));
    const gone = old.create(memberFields({ name: '周敏', phone: phone(2), cardNo: card(2) }));
    const newcomer = recent.create(memberFields({ name: '吴倩', phone: phone(3), cardNo: card(3) }));
    old.at(WORLD_NOW - 35 * DAY);
    const longAgo = old.purchase(veteran.entityId as MemberId, 50_000);
    recent.at(WORLD_NOW - 2 * DAY);
    const mistaken = recent.purchase(newcomer.entityId as MemberId, 12_000);
    recent.at(WORLD_NOW - DAY);
    const counted = recent.purchase(veteran.entityId as MemberId, 39_900);
    const undo = voidOf(recent, newcomer.entityId as MemberId, mistaken.entityId);
    await pushOk(w.owner.device.token, [veteran, gone, newcomer, longAgo, mistaken, counted, undo]);
    await pushOk(w.owner.device.token, [recent.remove(gone.entityId as MemberId)], w.owner.session.token);
  });

  test('head office opens a store with its owner, and it is written in her audit log', async () => {
    w.setNow(WORLD_NOW + 60_000);
    const res = await createStore(NEW_OWNER);
    expect(res.statusCode).toBe(201);
    created = res.json<CreatedStore>();
    expect(created).toMatchObject({ store: { name: '徐汇日月光店' }, owner: { name: '孙悦' } });
    const line = await w.db.db
      .selectFrom('audit_log')
      .select(['store_id', 'staff_id', 'detail'])
      .where('action', '=', 'store.create')
      .executeTakeFirstOrThrow();
    expect(line).toMatchObject({ store_id: w.owner.store.id, staff_id: w.owner.staff.id });
    expect(JSON.parse(line.detail ?? '{}')).toEqual({ storeId: created.store.id, ownerId: created.owner.id });
  });

  test('the new owner enrols a tablet of her store with her name and password', async () => {
    const res = await w.app.inject({
      method: 'POST',
      url: '/api/devices',
      payload: { staffName: '孙悦', password: NEW_OWNER.ownerPassword, deviceName: '徐汇平板 1' },
    });
    expect(res.statusCode).toBe(201);
    branch = res.json<Enrolment>();
    expect(branch).toMatchObject({
      store: { id: created.store.id, name: '徐汇日月光店' },
      staff: { id: created.owner.id, role: 'owner' },
      // Her PIN was set with the store: the tablet can lock at once.
      needsPin: false,
    });
    expect(
      (await signIn(w.app, branch.device.token, created.owner.id, NEW_OWNER.ownerPin)).token,
    ).toBeTruthy();
  });

  test('she sees only her own store’s members, and head office’s page is not hers', async () => {
    const maker = mutationMaker(branch, WORLD_NOW);
    const own = maker.create(memberFields({ name: '郑欣', phone: phone(9), cardNo: card(9) }));
    await pushOk(branch.device.token, [own, maker.purchase(own.entityId as MemberId, 25_000)]);
    const page = (await pull(w.app, branch.device.token)).json<PullResponse>();
    expect(page.members.map((m) => (m.state === 'live' ? m.record.id : m.id))).toEqual([own.entityId]);
    expect(page.events).toHaveLength(1);
    for (const name of ['钱芳', '吴倩']) expect(JSON.stringify(page)).not.toContain(name);
    const refused = await listStores(staffHeaders(branch.device.token, branch.session.token));
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'forbidden' });
    expect(refused.body).not.toContain('静安嘉里店');
  });

  test('head office lists every store with its figures, and no member of any', async () => {
    // Today and the month to date depend on the calendar date of the world: chain-vip-progress.test.ts.
    const noTargets = {
      vipToday: { salesFen: expect.any(Number) as number, targetFen: null },
      vipMonthToDate: { salesFen: expect.any(Number) as number, targetFen: null },
    };
    const later = WORLD_NOW + 10 * 60_000;
    w.setNow(later);
    await pull(w.app, w.owner.device.token);
    const res = await listStores(hq());
    expect(res.statusCode).toBe(200);
    const { stores } = res.json<ChainStores>();
    expect(stores).toEqual<StoreSummary[]>([
      {
        id: w.owner.store.id,
        name: '静安嘉里店',
        createdAt: WORLD_NOW,
        members: 2,
        newMembers30d: 1,
        purchases30d: 1,
        sales30d: 39_900,
        devices: 2,
        lastContactAt: later,
        ...noTargets,
      },
      {
        id: created.store.id,
        name: '徐汇日月光店',
        createdAt: WORLD_NOW + 60_000,
        members: 1,
        newMembers30d: 1,
        purchases30d: 1,
        sales30d: 25_000,
        devices: 1,
        lastContactAt: WORLD_NOW + 60_000,
        ...noTargets,
      },
    ]);
    for (const name of ['钱芳', '吴倩', '郑欣', '孙悦', phone(1), phone(9)])
      expect(res.body).not.toContain(name);
  });

  test('a revoked tablet no longer counts', async () => {
    const spare = await enrolByCode(w.app, w.owner, '仓库平板');
    const revoke = await call({ method: 'POST', url: `/api/devices/${spare.device.id}/revoke` }, hq());
    expect(revoke.statusCode).toBe(204);
    const { stores } = (await listStores(hq())).json<ChainStores>();
    expect(stores[0]?.devices).toBe(2);
  });

  test('another owner, a manager, an associate and a tablet without a session are refused', async () => {
    const second = await addStaff(w.app, w.owner, { name: '冯店主', role: 'owner', pin: '730596' });
    const token = w.owner.device.token;
    const sessions = [
      (await signIn(w.app, token, second.id, '730596')).token,
      w.sessions.manager,
      w.sessions.associate,
    ];
    const before = await snapshotDatabase(w.db.db);
    for (const session of sessions) {
      for (const res of [
        await listStores(staffHeaders(token, session)),
        await createStore({ ...NEW_OWNER, ownerName: '冯敏' }, staffHeaders(token, session)),
      ]) {
        expect(res.statusCode).toBe(403);
        expect(res.json()).toMatchObject({ code: 'forbidden' });
      }
    }
    const none = await listStores(staffHeaders(token));
    expect([none.statusCode, none.json<{ code: string }>().code]).toEqual([401, 'session-required']);
    const bare = await createStore(NEW_OWNER, {});
    expect([bare.statusCode, bare.json<{ code: string }>().code]).toEqual([401, 'unauthenticated']);
    expect(changedTables(before, await snapshotDatabase(w.db.db))).toEqual([]);
  });

  test('a revoked tablet of head office is refused, whoever is signed in on it', async () => {
    const doomed = await enrolByCode(w.app, w.owner, '丢失的平板');
    const session = (await signIn(w.app, doomed.device.token, w.owner.staff.id, '258036')).token;
    await call({ method: 'POST', url: `/api/devices/${doomed.device.id}/revoke` }, hq());
    const res = await listStores(staffHeaders(doomed.device.token, session));
    expect([res.statusCode, res.json<{ code: string }>().code]).toEqual([401, 'device-revoked']);
  });

  test.each([
    ['a weak password', { ownerPassword: 'aaaaaaaaaa' }, 'weak-password', 'ownerPassword'],
    ['a weak PIN', { ownerPin: '123456' }, 'weak-pin', 'ownerPin'],
    ['an unknown field', { storeId: '0190a000-0000-7000-8000-0000000000a1' }, 'invalid-field', undefined],
    ['a name with markup', { storeName: '<b>店</b>' }, 'invalid-field', 'storeName'],
  ])('%s is refused with 422 and writes nothing', async (_what, change, code, field) => {
    const before = await snapshotDatabase(w.db.db);
    const res = await createStore({ ...NEW_OWNER, ownerName: '卫兰', ...change });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code, ...(field ? { field } : {}) });
    expect(changedTables(before, await snapshotDatabase(w.db.db))).toEqual([]);
  });

  test('an owner name someone already signs in with is refused, so enrolment stays unambiguous', async () => {
    const before = await snapshotDatabase(w.db.db);
    const res = await createStore({ ...NEW_OWNER, storeName: '浦东店' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'name-taken', field: 'ownerName' });
    expect(changedTables(before, await snapshotDatabase(w.db.db))).toEqual([]);
  });
});
