import { beforeEach, describe, expect, test } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Enrolment } from '../../src/shared/schemas/setup.schema';
import { TEST_DIALECTS } from '../fixtures/test-databases';
import { testServer } from '../fixtures/test-server';
import { staffHeaders } from '../fixtures/security-api';

describe.each(TEST_DIALECTS)('rate limits on the routes a guesser would use, on %s', (dialect) => {
  let app: FastifyInstance;
  let owner: Enrolment;
  const build = async (trustProxy?: string[]) => {
    ({ app, owner } = await testServer(dialect, {
      seed: 'store',
      app: { guessLimit: { max: 3, timeWindowMs: 60_000 }, ...(trustProxy && { trustProxy }) },
    }));
  };
  beforeEach(() => build());

  test('the fourth try within the window is answered 429 rate-limited, retryable, with Retry-After', async () => {
    const routes = [
      {
        url: '/api/sessions',
        headers: staffHeaders(owner.device.token),
        payload: { staffId: owner.staff.id, pin: '000000' },
      },
      { url: '/api/devices/by-code', payload: { code: 'ABCDEFGH', deviceName: 'x' } },
      { url: '/api/devices', payload: { staffName: '王丽', password: 'wrong-password-1', deviceName: 'x' } },
    ];
    for (const r of routes) {
      const answers = [];
      for (let i = 0; i < 4; i++) answers.push(await app.inject({ method: 'POST', ...r }));
      expect(answers.slice(0, 3).every((a) => a.statusCode !== 429)).toBe(true);
      const limited = answers[3];
      expect([r.url, limited?.statusCode]).toEqual([r.url, 429]);
      expect(limited?.json()).toMatchObject({ code: 'rate-limited', retryable: true });
      expect(Number(limited?.headers['retry-after'])).toBeGreaterThan(0);
    }
    // Set-up counted its own first call; sync and reads are never limited.
    for (let i = 0; i < 3; i++) await app.inject({ method: 'POST', url: '/api/setup', payload: {} });
    expect((await app.inject({ method: 'POST', url: '/api/setup', payload: {} })).statusCode).toBe(429);
    for (let i = 0; i < 5; i++)
      expect(
        (await app.inject({ method: 'GET', url: '/api/staff', headers: staffHeaders(owner.device.token) }))
          .statusCode,
      ).toBe(200);
  });

  const signIns = (forwardedFor: (i: number) => string) =>
    Promise.all(
      [0, 1, 2, 3].map((i) =>
        app.inject({
          method: 'POST',
          url: '/api/devices',
          headers: { 'x-forwarded-for': forwardedFor(i), 'x-forwarded-proto': 'https' },
          payload: { staffName: '王丽', password: 'wrong-password-1', deviceName: 'x' },
        }),
      ),
    );

  test('a client cannot dodge the limit by naming another address, nor claim TLS', async () => {
    const answers = await signIns((i) => `203.0.113.${i}`);
    expect(answers.map((a) => a.statusCode)).toContain(429);
    expect(answers.every((a) => a.headers['strict-transport-security'] === undefined)).toBe(true);
  });

  test('behind a named proxy, each forwarded client has its own count, and TLS is believed', async () => {
    await build(['127.0.0.1']);
    const answers = await signIns((i) => `203.0.113.${i}`);
    expect(answers.map((a) => a.statusCode)).not.toContain(429);
    expect(answers[0]?.headers['strict-transport-security']).toContain('max-age=');
  });
});
