import { beforeEach, describe, expect, test } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Enrolment } from '../../src/shared/schemas/setup.schema';
import type { PushResponse } from '../../src/shared/sync/protocol.schema';
import { TEST_DIALECTS } from '../fixtures/test-databases';
import { testServer } from '../fixtures/test-server';
import { mutationMaker, push } from '../fixtures/sync-api';
import { memberFields } from '../fixtures/factories';

const NOW = 1_800_000_000_000;

describe.each(TEST_DIALECTS)('POST /api/sync/push on %s', (dialect) => {
  let app: FastifyInstance;
  let tablet: Enrolment;

  beforeEach(async () => {
    ({ app, owner: tablet } = await testServer(dialect, { seed: 'store', now: NOW }));
  });

  test('refuses 31 February as a birthday, and keeps 29 February', async () => {
    const make = mutationMaker(tablet, NOW - 60_000);
    const wrong = make.create(
      memberFields({ birthday: { calendar: 'solar', month: 2, day: 31 }, phone: '13800000001' }),
    );
    const leap = make.create(
      memberFields({
        birthday: { calendar: 'solar', month: 2, day: 29 },
        phone: '13800000002',
        cardNo: '100000000024',
      }),
    );
    const res = await push(app, tablet.device.token, [wrong, leap], tablet.session.token);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<PushResponse>().results).toMatchObject([
      { status: 'rejected', code: 'invalid', field: 'payload.fields.birthday' },
      { status: 'applied' },
    ]);
  });
});
