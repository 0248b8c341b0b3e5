import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app';
import { staffRepository } from '../../src/server/repositories/staff.repository';
import type { Enrolment } from '../../src/shared/schemas/setup.schema';
import type { MergesForReview } from '../../src/shared/schemas/merge.schema';
import { TEST_DIALECTS, openTestDatabase, type TestDatabase } from '../fixtures/test-databases';
import { mutationMaker, push, setUpStore } from '../fixtures/sync-api';
import { memberFields } from '../sync/fixtures/members';

const NOW = 1_800_000_000_000;
const ASSOCIATE = '0190c000-0000-7000-8000-00000000000b';

describe.each(TEST_DIALECTS)('merges for review on %s', (dialect) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let tablet: Enrolment;
  beforeEach(async () => {
    db = await openTestDatabase(dialect);
    app = await buildApp({ db, clock: () => NOW, version: 'test' });
    tablet = await setUpStore(app);
    await staffRepository(db.db).add({
      id: ASSOCIATE,
      storeId: tablet.store.id,
      name: '李娜',
      role: 'associate',
      passwordHash: null,
      now: NOW,
    });
  });
  afterEach(async () => {
    await app.close();
    await db.close();
  });

  const auth = () => ({ authorization: `Bearer ${tablet.device.token}` });
  const list = async () =>
    (await app.inject({ method: 'GET', url: '/api/merges', headers: auth() })).json<MergesForReview>();

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

    const review = (staffId: string, id = dup.entityId) =>
      app.inject({ method: 'POST', url: `/api/merges/${id}/review`, headers: auth(), payload: { staffId } });
    expect((await review(ASSOCIATE)).statusCode).toBe(403);
    expect((await review(tablet.staff.id)).statusCode).toBe(204);
    expect((await list()).merges).toEqual([]);
    expect((await review(tablet.staff.id, kept.entityId)).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/api/merges' })).statusCode).toBe(401);
  });
});
