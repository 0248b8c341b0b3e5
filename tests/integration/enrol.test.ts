import { beforeEach, describe, expect, test } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { DatabaseHandle } from '../../src/server/db/database';
import { TEST_DIALECTS } from '../fixtures/test-databases';
import { testServer } from '../fixtures/test-server';
import { staffRepository } from '../../src/server/repositories/staff.repository';
import { hashPassword } from '../../src/server/auth/secrets';
import { SESSION_HEADER } from '../../src/shared/schemas/security.schema';
import type { Enrolment } from '../../src/shared/schemas/setup.schema';
import { OWNER_PIN } from '../fixtures/test-secret';

const setup = {
  storeName: '静安嘉里店',
  ownerName: '王丽',
  password: 'floor2026book',
  ownerPin: OWNER_PIN,
  deviceName: '收银台平板',
};

describe.each(TEST_DIALECTS)('POST /api/devices on %s', (dialect) => {
  let db: DatabaseHandle;
  let app: FastifyInstance;
  beforeEach(async () => {
    ({ db, app } = await testServer(dialect, { seed: 'none', now: 1_700_000_000_000 }));
    await app.inject({ method: 'POST', url: '/api/setup', payload: setup });
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
    // Signed in at once; she chose a PIN at set-up, so none is asked for.
    expect(body).toMatchObject({
      needsPin: false,
      session: { expiresAt: 1_700_000_000_000 + 12 * 3_600_000 },
    });
    const rows = await db.db.selectFrom('devices').select(['name', 'token_hash']).execute();
    expect(rows.map((r) => r.name).sort()).toEqual(['收银台平板', '试衣间平板']);
    // Only the hash of a token is kept.
    expect(rows.some((r) => r.token_hash === body.device.token)).toBe(false);
  });

  test('a manager with no PIN yet is signed in and asked for one, which her session may set', async () => {
    const owner = await db.db.selectFrom('staff').select('store_id').executeTakeFirstOrThrow();
    await staffRepository(db.db).add({
      id: '0190c000-0000-7000-8000-0000000000e1',
      storeId: owner.store_id,
      name: '陈店长',
      role: 'manager',
      passwordHash: await hashPassword('manager2026pw'),
      now: 1_700_000_000_000,
    });
    const res = await app.inject({
      method: 'POST',
      url: '/api/devices',
      payload: { staffName: '陈店长', password: 'manager2026pw', deviceName: '试衣间平板' },
    });
    const body = res.json<Enrolment>();
    expect(body).toMatchObject({ needsPin: true, staff: { role: 'manager' } });
    const pin = await app.inject({
      method: 'PUT',
      url: `/api/staff/${body.staff.id}/pin`,
      headers: { authorization: `Bearer ${body.device.token}`, [SESSION_HEADER]: body.session.token },
      payload: { pin: '370914' },
    });
    expect(pin.statusCode).toBe(204);
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
