import { beforeAll, describe, expect, test } from 'vitest';
import type { Enrolment } from '../../src/shared/schemas/setup.schema';
import type { MemberId } from '../../src/shared/schemas/ids.schema';
import { TEST_DIALECTS } from '../fixtures/test-databases';
import { GUARDED_ROUTES, type RouteTargets } from '../fixtures/api-routes';
import { securityWorld, secondStore, WORLD_NOW } from '../fixtures/security-world';
import { staffHeaders } from '../fixtures/security-api';
import { mutationMaker, push } from '../fixtures/sync-api';
import { OWNER_PIN } from '../fixtures/test-secret';
import { memberFields } from '../fixtures/factories';

/** What the first store holds that an outsider must never see in any answer. */
const SECRET_NAME = '钱芳';
const SECRET_PHONE = '13912345678';

describe.each(TEST_DIALECTS)('another store’s tablet against this store’s ids, on %s', (dialect) => {
  let outsider: Enrolment;
  let targets: RouteTargets;
  let ours: string[];
  let before: unknown;

  const snapshotOfFirstStore = async () => ({
    staff: await w.db.db
      .selectFrom('staff')
      .select(['id', 'role', 'pin_verifier', 'disabled_at'])
      .where('store_id', '=', w.owner.store.id)
      .orderBy('id')
      .execute(),
    devices: await w.db.db
      .selectFrom('devices')
      .select(['id', 'revoked_at'])
      .where('store_id', '=', w.owner.store.id)
      .orderBy('id')
      .execute(),
    merges: await w.db.db.selectFrom('member_merges').select(['id', 'reviewed_at']).orderBy('id').execute(),
    members: await w.db.db
      .selectFrom('members')
      .select(['id', 'record', 'state'])
      .where('store_id', '=', w.owner.store.id)
      .orderBy('id')
      .execute(),
  });

  const w = securityWorld(dialect);
  beforeAll(async () => {
    outsider = await secondStore(w.db, WORLD_NOW);
    // A merge waiting for review in the first store, and a member only it knows.
    const early = mutationMaker(w.owner, WORLD_NOW - 120_000);
    const late = mutationMaker(w.owner, WORLD_NOW - 60_000);
    const fields = { name: SECRET_NAME, phone: SECRET_PHONE };
    const kept = early.create(memberFields({ ...fields, cardNo: '100000000001' }));
    const dup = late.create(memberFields({ ...fields, cardNo: '100000000019' }));
    await push(w.app, w.owner.device.token, [dup]);
    await push(w.app, w.owner.device.token, [kept]);
    targets = {
      staffId: w.owner.staff.id,
      staffPin: OWNER_PIN,
      deviceId: w.spareDevice.device.id,
      mergeId: dup.entityId,
    };
    ours = [
      w.owner.store.id,
      w.owner.staff.id,
      w.manager.id,
      w.associate.id,
      w.spare.id,
      w.owner.device.id,
      w.spareDevice.device.id,
      kept.entityId,
      dup.entityId,
      w.owner.staff.name,
      w.manager.name,
      w.associate.name,
      SECRET_NAME,
      SECRET_PHONE,
    ];
    before = await snapshotOfFirstStore();
  });

  test.each(GUARDED_ROUTES.map((r) => [r.name, r] as const))(
    '%s gives it nothing of this store',
    async (_name, route) => {
      const req = route.request(targets, outsider);
      const res = await w.app.inject({
        ...req,
        headers: {
          ...(req.headers as object),
          ...staffHeaders(outsider.device.token, outsider.session.token),
        },
      });
      expect(res.statusCode).toBeLessThan(500);
      if (res.statusCode >= 400) expect([401, 403, 404]).toContain(res.statusCode);
      for (const id of ours) expect(res.body).not.toContain(id);
      expect(await snapshotOfFirstStore()).toEqual(before);
    },
  );

  test('this store’s session does not work with the other store’s tablet', async () => {
    const res = await w.app.inject({
      method: 'GET',
      url: '/api/audit',
      headers: staffHeaders(outsider.device.token, w.sessions.owner),
    });
    expect(res.json()).toMatchObject({ code: 'session-required' });
  });

  test('an audit line naming this store’s staff is kept without her', async () => {
    const rows = await w.db.db
      .selectFrom('audit_log')
      .select(['staff_id', 'store_id'])
      .where('device_id', '=', outsider.device.id)
      .where('action', '=', 'profile.view')
      .execute();
    expect(rows).toEqual([{ staff_id: null, store_id: outsider.store.id }]);
  });

  test('its changes to this store’s members are refused and change nothing', async () => {
    const member = (before as { members: { id: string; state: string }[] }).members.find(
      (m) => m.state === 'live',
    );
    const maker = mutationMaker(outsider);
    const res = await push(w.app, outsider.device.token, [
      maker.update(member?.id as MemberId, { name: '改名' }),
      maker.erase(member?.id as MemberId),
    ]);
    expect(res.json<{ results: { status: string }[] }>().results.map((r) => r.status)).toEqual([
      'rejected',
      'rejected',
    ]);
    expect(await snapshotOfFirstStore()).toEqual(before);
  });
});
