import { beforeEach, describe, expect, test } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type {
  DeviceEnrolment,
  DeviceList,
  EnrolCode,
  StaffCard,
} from '../../src/shared/schemas/security.schema';
import type { Enrolment } from '../../src/shared/schemas/setup.schema';
import { TEST_DIALECTS, type TestDatabase } from '../fixtures/test-databases';
import { testServer } from '../fixtures/test-server';
import { addStaff, signIn, staffHeaders } from '../fixtures/security-api';
import { OWNER_PIN } from '../fixtures/test-secret';
import { enrolCodeRepository } from '../../src/server/repositories/enrol-code.repository';

const NOW = 1_800_000_000_000;

describe.each(TEST_DIALECTS)('enrol codes and revoking tablets on %s', (dialect) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let now: number;
  let owner: Enrolment;
  let manager: StaffCard;
  let managerSession: string;
  beforeEach(async () => {
    now = NOW;
    const server = await testServer(dialect, { clock: () => now });
    ({ db, app, owner } = server);
    ({ card: manager, session: managerSession } = server.staff.manager!);
  });

  const newCode = async (session = managerSession) =>
    app.inject({
      method: 'POST',
      url: '/api/enrol-codes',
      headers: staffHeaders(owner.device.token, session),
    });
  const useCode = (code: string, deviceName = '试衣间平板') =>
    app.inject({ method: 'POST', url: '/api/devices/by-code', payload: { code, deviceName } });
  const asOwner = () => staffHeaders(owner.device.token, owner.session.token);

  test('a manager’s code enrols one tablet, once, within ten minutes, and only its keyed hash is kept', async () => {
    const made = await newCode();
    expect(made.statusCode).toBe(201);
    const { code, expiresAt } = made.json<EnrolCode>();
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
    expect(expiresAt).toBe(NOW + 10 * 60_000);
    const stored = await db.db.selectFrom('enrol_codes').selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain(code);

    const res = await useCode(code);
    expect(res.statusCode).toBe(201);
    const tablet = res.json<DeviceEnrolment>();
    expect(tablet.store).toEqual(owner.store);
    const roster = await app.inject({
      method: 'GET',
      url: '/api/staff',
      headers: staffHeaders(tablet.device.token),
    });
    expect(roster.statusCode).toBe(200);
    const again = await useCode(code, '又一台');
    expect(again.statusCode).toBe(401);
    expect(again.json()).toMatchObject({ code: 'enrol-code-invalid', field: 'code' });
    const audit = await db.db
      .selectFrom('audit_log')
      .select(['staff_id', 'device_id', 'detail'])
      .where('action', '=', 'device.enrol')
      .where('device_id', '=', tablet.device.id)
      .execute();
    expect(audit).toEqual([{ staff_id: manager.id, device_id: tablet.device.id, detail: '{"via":"code"}' }]);
  });

  test('codes past their ten minutes, used or not, are dropped by the purge; a fresh one still enrols', async () => {
    const used = (await newCode()).json<EnrolCode>();
    expect((await useCode(used.code)).statusCode).toBe(201);
    await newCode();
    now += 11 * 60_000;
    const fresh = (await newCode()).json<EnrolCode>();
    await enrolCodeRepository(db.db).purgeExpired(now);
    const left = await db.db.selectFrom('enrol_codes').select('expires_at').execute();
    expect(left).toEqual([{ expires_at: fresh.expiresAt }]);
    expect((await useCode(fresh.code)).statusCode).toBe(201);
  });

  test('a code past its ten minutes, or one never made, enrols nothing', async () => {
    const { code } = (await newCode()).json<EnrolCode>();
    now = NOW + 10 * 60_000;
    expect((await useCode(code)).json()).toMatchObject({ code: 'enrol-code-invalid' });
    expect((await useCode('ABCDEFGH')).statusCode).toBe(401);
    expect((await useCode('abcdefgh')).statusCode).toBe(422);
    expect(await db.db.selectFrom('devices').select('id').execute()).toHaveLength(1);
  });

  test('two tablets racing with one code: only one is enrolled', async () => {
    const { code } = (await newCode()).json<EnrolCode>();
    const answers = await Promise.all([useCode(code, 'A'), useCode(code, 'B'), useCode(code, 'C')]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 401, 401]);
  });

  test('an associate cannot make a code', async () => {
    const lina = await addStaff(app, owner, { name: '李娜', role: 'associate', pin: '461825' });
    const session = (await signIn(app, owner.device.token, lina.id, '461825')).token;
    expect((await newCode(session)).statusCode).toBe(403);
  });

  test('the owner sees every tablet and revokes one: it is told at once, and its sessions end', async () => {
    const { code } = (await newCode()).json<EnrolCode>();
    const lost = (await useCode(code, '丢失的平板')).json<DeviceEnrolment>();
    const lostSession = (await signIn(app, lost.device.token, owner.staff.id, OWNER_PIN)).token;
    const listed = (
      await app.inject({ method: 'GET', url: '/api/devices', headers: asOwner() })
    ).json<DeviceList>();
    expect(listed.devices.map((d) => [d.name, d.current, d.revokedAt])).toEqual([
      ['平板 1', true, null],
      ['丢失的平板', false, null],
    ]);

    now += 60_000;
    const revoke = await app.inject({
      method: 'POST',
      url: `/api/devices/${lost.device.id}/revoke`,
      headers: asOwner(),
    });
    expect(revoke.statusCode).toBe(204);
    const told = await app.inject({
      method: 'GET',
      url: '/api/staff',
      headers: staffHeaders(lost.device.token, lostSession),
    });
    expect(told.statusCode).toBe(401);
    expect(told.json()).toMatchObject({ code: 'device-revoked' });
    expect(told.headers['clear-site-data']).toBe('"cache"');
    expect(
      await db.db
        .selectFrom('staff_sessions')
        .select('token_hash')
        .where('device_id', '=', lost.device.id)
        .execute(),
    ).toEqual([]);

    const after = (
      await app.inject({ method: 'GET', url: '/api/devices', headers: asOwner() })
    ).json<DeviceList>();
    expect(after.devices.find((d) => d.id === lost.device.id)?.revokedAt).toBe(now);
    const row = await db.db
      .selectFrom('devices')
      .select('revoked_by')
      .where('id', '=', lost.device.id)
      .executeTakeFirstOrThrow();
    expect(row.revoked_by).toBe(owner.staff.id);
    // Revoking again changes nothing and writes no second line.
    expect(
      (await app.inject({ method: 'POST', url: `/api/devices/${lost.device.id}/revoke`, headers: asOwner() }))
        .statusCode,
    ).toBe(204);
    const lines = await db.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'device.revoke')
      .execute();
    expect(lines).toEqual([{ detail: JSON.stringify({ deviceId: lost.device.id }) }]);
  });

  test('an id that is no tablet of the store, or not an id at all, is not found', async () => {
    for (const id of ['0190c000-0000-7000-8000-0000000000ff', 'not-an-id', '..%2f..%2fetc']) {
      const res = await app.inject({ method: 'POST', url: `/api/devices/${id}/revoke`, headers: asOwner() });
      expect(res.statusCode).toBe(404);
    }
  });
});
