import { beforeEach, describe, expect, test } from 'vitest';
import type { ServerAddresses } from '../../src/shared/schemas/server-address.schema';
import { TEST_DIALECTS } from '../fixtures/test-databases';
import { testServer, type TestServer } from '../fixtures/test-server';

const ADDRESSES = [{ app: 'https://192.168.1.20:8080/', trust: 'http://192.168.1.20:8081/' }];

describe.each(TEST_DIALECTS)('GET /api/server/addresses on %s', (dialect) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await testServer(dialect, { clock: Date.now, app: { addresses: () => ADDRESSES } });
  });

  const URL = '/api/server/addresses';

  test('tells the owner where new tablets reach the server', async () => {
    const res = await server.as('owner').get(URL);
    expect(res.statusCode).toBe(200);
    expect(res.json<ServerAddresses>()).toEqual({ addresses: ADDRESSES });
  });

  test('is refused to an associate and to a request with no staff session', async () => {
    expect((await server.as('associate').get(URL)).statusCode).toBe(403);
    expect((await server.device.get(URL)).statusCode).toBe(401);
    expect((await server.anonymous.get(URL)).statusCode).toBe(401);
  });
});
