import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app';
import type { DatabaseHandle } from '../../src/server/db/database';
import { TEST_DIALECTS, openTestDatabase } from '../fixtures/test-databases';

const good = {
  storeName: '静安嘉里店',
  ownerName: '王丽',
  password: 'floor2026book',
  deviceName: '收银台平板',
};

describe.each(TEST_DIALECTS)('POST /api/setup on %s', (dialect) => {
  let db: DatabaseHandle;
  let app: FastifyInstance;
  beforeEach(async () => {
    db = await openTestDatabase(dialect);
    app = await buildApp({ db, clock: () => 1_700_000_000_000, version: 'test' });
  });
  afterEach(async () => {
    await app.close();
    await db.close();
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
        '{"storeName":"a","ownerName":"b","password":"floor2026book","deviceName":"c","__proto__":{"x":1}}',
    });
    expect(res.statusCode).toBe(400);
    expect((await app.inject({ method: 'GET', url: '/api/setup' })).json()).toEqual({ needed: true });
  });
});
