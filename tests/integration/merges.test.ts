import { beforeEach, describe, expect, test } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Enrolment } from '../../src/shared/schemas/setup.schema';
import type { MergesForReview } from '../../src/shared/schemas/merge.schema';
import { TEST_DIALECTS, type TestDatabase } from '../fixtures/test-databases';
import { testServer } from '../fixtures/test-server';
import { mutationMaker, pull, push } from '../fixtures/sync-api';
import type { PullResponse } from '../../src/shared/sync/protocol.schema';
import { addStaff, signIn, staffHeaders } from '../fixtures/security-api';
import { memberFields } from '../fixtures/factories';

const NOW = 1_800_000_000_000;

describe.each(TEST_DIALECTS)('merges for review on %s', (dialect) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let tablet: Enrolment;
  let associateSession: string;
  beforeEach(async () => {
    ({ db, app, owner: tablet } = await testServer(dialect, { seed: 'store', now: NOW }));
    const associate = await addStaff(app, tablet, { name: '李娜', role: 'associate', pin: '461825' });
    associateSession = (await signIn(app, tablet.device.token, associate.id, '461825')).token;
  });

  const owner = () => staffHeaders(tablet.device.token, tablet.session.token);
  const list = async () =>
    (await app.inject({ method: 'GET', url: '/api/merges', headers: owner() })).json<MergesForReview>();

  test('the same phone signed up twice is listed once, with the member kept, until a manager confirms it', async () => {
    const early = mutationMaker(tablet, NOW - 120_000);
    const late = mutationMaker(tablet, NOW - 60_000);
    const kept = early.create(memberFields({ name: '张晓梅', cardNo: '100000000001' }));
    const dup = late.create(memberFields({ name: '张小梅', cardNo: '100000000019' }));
    await push(app, tablet.device.token, [dup]);
    await push(app, tablet.device.token, [kept]);

    const { merges } = await list();
    expect(merges).toEqual([
      {
        absorbedId: dup.entityId,
        mergedAt: NOW,
        survivor: { id: kept.entityId, name: '张小梅', cardNo: '100000000001', phone: '13800138000' },
      },
    ]);

    const review = (headers: Record<string, string>, id = dup.entityId) =>
      app.inject({ method: 'POST', url: `/api/merges/${id}/review`, headers });
    expect((await review(staffHeaders(tablet.device.token, associateSession))).statusCode).toBe(403);
    expect((await review(staffHeaders(tablet.device.token))).json()).toMatchObject({
      code: 'session-required',
    });
    expect((await review(owner())).statusCode).toBe(204);
    expect((await list()).merges).toEqual([]);
    expect((await review(owner(), kept.entityId)).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/api/merges' })).statusCode).toBe(401);

    const row = await db.db.selectFrom('member_merges').select('reviewed_by').executeTakeFirstOrThrow();
    expect(row.reviewed_by).toBe(tablet.staff.id);
    const audited = await db.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'merge.review')
      .execute();
    expect(audited).toMatchObject([
      { staff_id: tablet.staff.id, member_id: dup.entityId, device_id: tablet.device.id },
    ]);
  });

  test('a reviewer named in the body is refused: the reviewer comes from the session', async () => {
    const res = await app.inject({
      method: 'POST',
      url: `/api/merges/0190c000-0000-7000-8000-00000000000b/review`,
      headers: owner(),
      payload: { staffId: tablet.staff.id },
    });
    expect(res.statusCode).toBe(422);
  });

  // Issue 9, fault 2: re-pointing A→B to A→C took no change number, so a tablet that had pulled
  // A→B kept it while the server and any new tablet had A→C. This failed on that code.
  test('a member merged into one that is merged in turn moves to the survivor on every tablet', async () => {
    const early = mutationMaker(tablet, NOW - 300_000);
    const middle = mutationMaker(tablet, NOW - 200_000);
    const late = mutationMaker(tablet, NOW - 100_000);
    const c = early.create(memberFields({ cardNo: '100000000001' }));
    const b = middle.create(memberFields({ cardNo: '100000000002' }));
    const a = late.create(memberFields({ cardNo: '100000000003' }));
    await push(app, tablet.device.token, [b, a]);
    const first = (await pull(app, tablet.device.token)).json<PullResponse>();
    expect(first.members).toContainEqual({
      state: 'gone',
      id: a.entityId,
      reason: 'merged',
      mergedInto: b.entityId,
    });

    // The earliest sign-up arrives last, from a tablet that was offline: B is absorbed into C.
    await push(app, tablet.device.token, [c]);
    const next = (await pull(app, tablet.device.token, first.cursor)).json<PullResponse>();
    const gone = (id: string) => next.members.find((m) => m.state === 'gone' && m.id === id);
    expect(gone(b.entityId)).toEqual({
      state: 'gone',
      id: b.entityId,
      reason: 'merged',
      mergedInto: c.entityId,
    });
    expect(gone(a.entityId)).toEqual({
      state: 'gone',
      id: a.entityId,
      reason: 'merged',
      mergedInto: c.entityId,
    });
    // A tablet starting now holds the same pointers.
    const fresh = (await pull(app, tablet.device.token)).json<PullResponse>();
    expect(fresh.members.filter((m) => m.state === 'gone')).toEqual(
      expect.arrayContaining([gone(a.entityId), gone(b.entityId)]),
    );
  });
});
