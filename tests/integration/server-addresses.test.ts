import { beforeEach, describe, expect, test } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Enrolment } from '../../src/shared/schemas/setup.schema';
import type { ServerAddresses } from '../../src/shared/schemas/server-address.schema';
import { TEST_DIALECTS } from '../fixtures/test-databases';
import { testServer } from '../fixtures/test-server';
import { addStaff, signIn, staffHeaders } from '../fixtures/security-api';

const ADDRESSES = [{ app: 'https://192.168.1.20:8080/', trust: 'http://192.168.1.20:8081/' }];

describe.each(TEST_DIALECTS)('GET /api/server/addresses on %s', (dialect) => {
  let app: FastifyInstance;
  let owner: Enrolment;
  beforeEach(async () => {
    ({ app, owner } = await testServer(dialect, {
      seed: 'store',
      clock: Date.now,
      app: { addresses: () => ADDRESSES },
    }));
  });

  const get = (headers: Record<string, string>) =>
    app.inject({ method: 'GET', url: '/api/server/addresses', headers });

  test('tells the owner where new tablets reach the server', async () => {
    const res = await get(staffHeaders(owner.device.token, owner.session.token));
    expect(res.statusCode).toBe(200);
    expect(res.json<ServerAddresses>()).toEqual({ addresses: ADDRESSES });
  });

  test('is refused to an associate and to a request with no staff session', async () => {
    const associate = await addStaff(app, owner, { name: '李娜', role: 'associate', pin: '461825' });
    const session = (await signIn(app, owner.device.token, associate.id, '461825')).token;
    expect((await get(staffHeaders(owner.device.token, session))).statusCode).toBe(403);
    expect((await get({ authorization: `Bearer ${owner.device.token}` })).statusCode).toBe(401);
    expect((await get({})).statusCode).toBe(401);
  });
});
