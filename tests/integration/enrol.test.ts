import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app';
import type { DatabaseHandle } from '../../src/server/db/database';
import { TEST_DIALECTS, openTestDatabase } from '../fixtures/test-databases';

const setup = {
  storeName: '静安嘉里店',
  ownerName: '王丽',
  password: 'floor2026book',
  deviceName: '收银台平板',
};

describe.each(TEST_DIALECTS)('POST /api/devices on %s', (dialect) => {
  let db: DatabaseHandle;
  let app: FastifyInstance;
  beforeEach(async () => {
    db = await openTestDatabase(dialect);
    app = await buildApp({ db, clock: () => 1_700_000_000_000, version: 'test' });
    await app.inject({ method: 'POST', url: '/api/setup', payload: setup });
  });
  afterEach(async () => {
    await app.close();
    await db.close();
  });

  test('enrols another tablet into the owner’s store with a new credential', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/devices',
      payload: { staffName: '王丽', password: 'floor2026book', deviceName: '试衣间平板' },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.store.name).toBe('静安嘉里店');
    expect(body.staff).toMatchObject({ name: '王丽', role: 'owner' });
    const rows = await db.db.selectFrom('devices').select(['name', 'token_hash']).execute();
    expect(rows.map((r) => r.name).sort()).toEqual(['收银台平板', '试衣间平板']);
    // Only the hash of a token is kept.
    expect(rows.some((r) => r.token_hash === body.device.token)).toBe(false);
  });

  test('refuses a wrong password without saying whether the name exists', async () => {
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/devices',
      payload: { staffName: '王丽', password: 'not-the-password1', deviceName: 'x' },
    });
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/devices',
      payload: { staffName: '无此人', password: 'floor2026book', deviceName: 'x' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(await db.db.selectFrom('devices').select('id').execute()).toHaveLength(1);
  });
});
