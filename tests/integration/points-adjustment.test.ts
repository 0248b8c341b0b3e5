import { beforeEach, describe, expect, test } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Enrolment } from '../../src/shared/schemas/setup.schema';
import type { MemberId, StaffId } from '../../src/shared/schemas/ids.schema';
import type { Mutation, PushResponse } from '../../src/shared/sync/protocol.schema';
import { TEST_DIALECTS, type TestDatabase } from '../fixtures/test-databases';
import { floorStaff, testServer } from '../fixtures/test-server';
import { mutationMaker, mutationMakerFor, push } from '../fixtures/sync-api';
import { memberFields } from '../fixtures/factories';

const NOW = 1_800_000_000_000;
const REASON = '老顾客生日活动补赠';

describe.each(TEST_DIALECTS)('points adjustments pushed on %s', (dialect) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let owner: Enrolment;
  let memberId: MemberId;
  let staff: ReturnType<typeof floorStaff>;

  beforeEach(async () => {
    const server = await testServer(dialect, { now: NOW });
    ({ db, app, owner } = server);
    staff = floorStaff(server);
    const created = mutationMaker(owner, NOW).create(memberFields());
    memberId = created.entityId as MemberId;
    expect((await push(app, owner.device.token, [created])).json<PushResponse>().results[0]?.status).toBe(
      'applied',
    );
  });

  /** A points event by `by` on the owner's tablet, as a tablet would queue it. */
  function points(by: StaffId, delta: number, reason = REASON): Mutation {
    const visit = mutationMakerFor(owner, by, NOW).visit(memberId);
    if (visit.kind !== 'event.record') throw new Error('a visit is an event');
    return {
      ...visit,
      payload: { ...visit.payload, kind: 'points', payload: { delta, reason } },
    };
  }
  const result = async (m: Mutation, session?: string) =>
    (await push(app, owner.device.token, [m], session)).json<PushResponse>().results[0];
  const pointsEvents = () =>
    db.db.selectFrom('events').select('body').where('body', 'like', '%"points"%').execute();

  test('an associate cannot adjust points, even signed in on the server', async () => {
    const r = await result(points(staff.associate.id, 500), staff.associate.session);
    expect(r).toMatchObject({ status: 'rejected', code: 'forbidden' });
    expect(await pointsEvents()).toEqual([]);
  });

  test('a manager adjusts points with her server session, not with the tablet’s credential alone', async () => {
    expect(await result(points(staff.manager.id, 500))).toMatchObject({
      status: 'rejected',
      code: 'forbidden',
      field: 'session',
    });
    expect(await result(points(staff.manager.id, 500), staff.manager.session)).toMatchObject({
      status: 'applied',
    });
    expect(await pointsEvents()).toHaveLength(1);
  });

  test('an adjustment beyond ±100,000 points, or without a reason, is refused', async () => {
    const session = staff.manager.session;
    expect(await result(points(staff.manager.id, 1_000_000), session)).toMatchObject({
      status: 'rejected',
      code: 'invalid',
      field: 'payload.payload.delta',
    });
    expect(await result(points(staff.manager.id, -100_001), session)).toMatchObject({ code: 'invalid' });
    expect(await result(points(staff.manager.id, 500, ''), session)).toMatchObject({
      code: 'invalid',
      field: 'payload.payload.reason',
    });
    expect(await result(points(staff.manager.id, -100_000), session)).toMatchObject({ status: 'applied' });
  });

  test('is audited with who, which member and how many points, and not the reason', async () => {
    await result(points(staff.manager.id, -300), staff.manager.session);
    const lines = await db.db
      .selectFrom('audit_log')
      .select(['action', 'staff_id', 'member_id', 'detail'])
      .where('action', '=', 'points.adjust')
      .execute();
    expect(lines).toEqual([
      {
        action: 'points.adjust',
        staff_id: staff.manager.id,
        member_id: memberId,
        detail: JSON.stringify({ delta: -300 }),
      },
    ]);
    const all = await db.db.selectFrom('audit_log').select('detail').execute();
    expect(all.some((l) => l.detail?.includes(REASON))).toBe(false);
  });
});
