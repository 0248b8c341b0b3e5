import { beforeEach, describe, expect, test } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { TEST_DIALECTS } from '../fixtures/test-databases';
import { testServer } from '../fixtures/test-server';
import { OWNER_PIN } from '../fixtures/test-secret';

const good = {
  storeName: '静安嘉里店',
  ownerName: '王丽',
  password: 'floor2026book',
  ownerPin: OWNER_PIN,
  deviceName: '收银台平板',
};

describe.each(TEST_DIALECTS)('POST /api/setup on %s', (dialect) => {
  let app: FastifyInstance;
  beforeEach(async () => {
    ({ app } = await testServer(dialect, { seed: 'none', now: 1_700_000_000_000 }));
  });

  test('creates the store and its owner, and enrols this tablet', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/setup' })).json()).toEqual({ needed: true });
    const res = await app.inject({ method: 'POST', url: '/api/setup', payload: good });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.store.name).toBe('静安嘉里店');
    expect(body.staff).toMatchObject({ name: '王丽', role: 'owner' });
    expect(body.device.token).toMatch(/^[\w-]{40,}$/);
    expect((await app.inject({ method: 'GET', url: '/api/setup' })).json()).toEqual({ needed: false });
  });

  test('signs the owner in with a 12-hour session and keeps her PIN for the tablets', async () => {
    const body = (await app.inject({ method: 'POST', url: '/api/setup', payload: good })).json();
    expect(body).toMatchObject({
      needsPin: false,
      session: { expiresAt: 1_700_000_000_000 + 12 * 3_600_000 },
    });
    const roster = await app.inject({
      method: 'GET',
      url: '/api/staff',
      headers: { authorization: `Bearer ${body.device.token}` },
    });
    expect(roster.json().staff).toMatchObject([
      { id: body.staff.id, role: 'owner', pin: { iterations: 150_000 } },
    ]);
  });

  test('refuses an owner PIN that is easy to guess, and creates nothing', async () => {
    for (const ownerPin of ['123456', '000000', '520520']) {
      const res = await app.inject({ method: 'POST', url: '/api/setup', payload: { ...good, ownerPin } });
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ code: 'weak-pin', field: 'ownerPin' });
    }
    expect((await app.inject({ method: 'GET', url: '/api/setup' })).json()).toEqual({ needed: true });
  });

  test('refuses once a store exists', async () => {
    await app.inject({ method: 'POST', url: '/api/setup', payload: good });
    const again = await app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: { ...good, storeName: '另一家' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'setup-done', retryable: false });
  });

  test('refuses a weak password and names the field', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: { ...good, password: '12345678' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'weak-password', field: 'password' });
  });

  test('refuses unknown fields such as a storeId smuggled into the body', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/setup', payload: { ...good, role: 'owner' } });
    expect(res.statusCode).toBe(422);
  });

  test('refuses a prototype-polluting key', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/setup',
      headers: { 'content-type': 'application/json' },
      payload:
        '{"storeName":"a","ownerName":"b","password":"floor2026book","ownerPin":"258036","deviceName":"c","__proto__":{"x":1}}',
    });
    expect(res.statusCode).toBe(400);
    expect((await app.inject({ method: 'GET', url: '/api/setup' })).json()).toEqual({ needed: true });
  });
});
