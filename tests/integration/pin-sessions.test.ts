import { beforeEach, describe, expect, test } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app';
import { offlinePinMatches } from '../../src/server/auth/offline-verifier';
import type { StaffRoster, StaffCard } from '../../src/shared/schemas/security.schema';
import type { Enrolment } from '../../src/shared/schemas/setup.schema';
import { TEST_DIALECTS, type TestDatabase } from '../fixtures/test-databases';
import { testServer } from '../fixtures/test-server';
import { addStaff, staffHeaders } from '../fixtures/security-api';
import { enrolByCode } from '../fixtures/security-world';
import { OWNER_PIN } from '../fixtures/test-secret';

const NOW = 1_800_000_000_000;
const PIN = '461825';

describe.each(TEST_DIALECTS)('PINs and staff sessions on %s', (dialect) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let now: number;
  let owner: Enrolment;
  let lina: StaffCard;
  beforeEach(async () => {
    now = NOW;
    ({ db, app, owner } = await testServer(dialect, { seed: 'store', clock: () => now }));
    lina = await addStaff(app, owner, { name: '李娜', role: 'associate', pin: PIN });
  });

  const tryPin = (staffId: string, pin: string, token = owner.device.token) =>
    app.inject({
      method: 'POST',
      url: '/api/sessions',
      headers: staffHeaders(token),
      payload: { staffId, pin },
    });
  const audited = async (action: string) =>
    (await db.db.selectFrom('audit_log').select('action').where('action', '=', action).execute()).length;

  test('refuses a PIN that is easy to guess, naming the field', async () => {
    const headers = staffHeaders(owner.device.token, owner.session.token);
    for (const pin of ['000000', '123456', '121212', '520520']) {
      const add = await app.inject({
        method: 'POST',
        url: '/api/staff',
        headers,
        payload: { name: '周婷', role: 'associate', pin },
      });
      expect(add.json()).toMatchObject({ code: 'weak-pin', field: 'pin' });
      const reset = await app.inject({
        method: 'PUT',
        url: `/api/staff/${lina.id}/pin`,
        headers,
        payload: { pin },
      });
      expect(reset.statusCode).toBe(422);
      expect(reset.json()).toMatchObject({ code: 'weak-pin', field: 'pin' });
    }
    const short = await app.inject({
      method: 'PUT',
      url: `/api/staff/${lina.id}/pin`,
      headers,
      payload: { pin: '12345' },
    });
    expect(short.json()).toMatchObject({ code: 'invalid-field', field: 'pin' });
  });

  test('a right PIN opens a 12-hour session bound to this tablet; sign-out ends it', async () => {
    const res = await tryPin(lina.id, PIN);
    expect(res.statusCode).toBe(201);
    const session = res.json<{ token: string; expiresAt: number; staff: object }>();
    expect(session).toMatchObject({
      expiresAt: NOW + 12 * 3_600_000,
      staff: { id: lina.id, name: '李娜', role: 'associate' },
    });
    const own = () =>
      app.inject({
        method: 'PUT',
        url: `/api/staff/${lina.id}/pin`,
        headers: staffHeaders(owner.device.token, session.token),
        payload: { pin: '529370' },
      });
    expect((await own()).statusCode).toBe(204);
    now = NOW + 12 * 3_600_000;
    expect((await own()).json()).toMatchObject({ code: 'session-expired' });
    const out = await app.inject({
      method: 'DELETE',
      url: '/api/sessions/current',
      headers: staffHeaders(owner.device.token, session.token),
    });
    expect(out.statusCode).toBe(204);
    expect((await own()).json()).toMatchObject({ code: 'session-required' });
    expect(await audited('sign-in')).toBe(1);
  });

  test('wrong PINs wait longer after the third, lock after the fifth, and each is audited', async () => {
    const statuses: number[] = [];
    const wrong = async () => {
      const res = await tryPin(lina.id, '836402');
      statuses.push(res.statusCode);
      return res;
    };
    await wrong();
    await wrong();
    const third = await wrong();
    expect(third.json()).toMatchObject({ code: 'wrong-pin', retryable: false });
    expect(third.headers['retry-after']).toBe('5');
    const early = await wrong();
    expect(early.statusCode).toBe(429);
    expect(early.json()).toMatchObject({ code: 'pin-locked', retryable: true });
    expect(early.headers['retry-after']).toBe('5');
    now += 5_000;
    expect((await wrong()).headers['retry-after']).toBe('30');
    now += 30_000;
    const fifth = await wrong();
    expect(fifth.headers['retry-after']).toBe('900');
    // Locked: even the right PIN waits out the quarter of an hour.
    const right = await tryPin(lina.id, PIN);
    expect(right.statusCode).toBe(429);
    expect(statuses).toEqual([401, 401, 401, 429, 401, 401]);
    expect(await audited('pin.fail')).toBe(5);
    expect(await audited('pin.lockout')).toBe(1);
    now += 15 * 60_000;
    expect((await tryPin(lina.id, PIN)).statusCode).toBe(201);
    // A right PIN clears her count, not the tablet's: one's own PIN buys no guesses at another's.
    const counts = await db.db.selectFrom('sign_in_failures').select(['subject', 'failures']).execute();
    expect(counts).toEqual([{ subject: `device:${owner.device.id}`, failures: 5 }]);
  });

  test('a manager’s PIN reset unlocks her at once', async () => {
    for (let i = 0; i < 5; i++) {
      await tryPin(lina.id, '836402');
      now += 60_000;
    }
    expect((await tryPin(lina.id, PIN)).json()).toMatchObject({ code: 'pin-locked' });
    const reset = await app.inject({
      method: 'PUT',
      url: `/api/staff/${lina.id}/pin`,
      headers: staffHeaders(owner.device.token, owner.session.token),
      payload: { pin: '603718' },
    });
    expect(reset.statusCode).toBe(204);
    expect((await tryPin(lina.id, PIN)).json()).toMatchObject({ code: 'wrong-pin' });
    now += 60_000;
    expect((await tryPin(lina.id, '603718')).statusCode).toBe(201);
  });

  test('ten failures on one tablet lock it for everyone, while another tablet signs in', async () => {
    const zhou = await addStaff(app, owner, { name: '周婷', role: 'associate', pin: '529370' });
    const wu = await addStaff(app, owner, { name: '吴佳', role: 'associate', pin: '603718' });
    // Four each for three staff: none of them is locked, but the tablet is after its tenth.
    for (const s of [lina, zhou, wu])
      for (let i = 0; i < 4 && (await audited('pin.fail')) < 10; i++) {
        await tryPin(s.id, '836402');
        now += 60_000;
      }
    expect(await audited('pin.fail')).toBe(10);
    const locked = await tryPin(owner.staff.id, OWNER_PIN);
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(800);
    const other = await enrolByCode(app, owner, '试衣间平板');
    expect((await tryPin(owner.staff.id, OWNER_PIN, other.device.token)).statusCode).toBe(201);
    expect(
      await db.db.selectFrom('audit_log').select('detail').where('action', '=', 'pin.lockout').execute(),
    ).toEqual([{ detail: JSON.stringify({ scope: 'device' }) }]);
  });

  test('guesses sent all at once are judged one after another', async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, () => tryPin(lina.id, '836402')));
    const codes = answers.map((a) => a.statusCode).sort();
    expect(codes.filter((c) => c === 401)).toHaveLength(3);
    expect(codes.filter((c) => c === 429)).toHaveLength(9);
  });

  test('an unknown staff member and one without a PIN are told apart from a wrong PIN', async () => {
    expect((await tryPin('0190c000-0000-7000-8000-0000000000ff', PIN)).statusCode).toBe(404);
    await db.db
      .updateTable('staff')
      .set({ pin_verifier: null, pin_offline: null })
      .where('id', '=', lina.id)
      .execute();
    expect((await tryPin(lina.id, PIN)).json()).toMatchObject({ code: 'no-pin' });
  });

  test('the offline verifier the tablets get matches the PIN the way WebCrypto computes it', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/api/staff',
      headers: staffHeaders(owner.device.token),
    });
    const roster = res.json<StaffRoster>();
    expect(roster.policy).toEqual({ idleLockMinutes: 3, signInHours: 12, offlineLimitHours: 72 });
    const card = roster.staff.find((s) => s.id === lina.id);
    const verifier = card?.pin;
    if (!verifier) throw new Error('no verifier');
    expect(verifier.iterations).toBe(150_000);
    expect(Buffer.from(verifier.salt, 'base64')).toHaveLength(16);
    expect(offlinePinMatches(PIN, verifier)).toBe(true);
    expect(offlinePinMatches('461826', verifier)).toBe(false);
    // Exactly as the tablet does it: PBKDF2 over the PIN's UTF-8 bytes, 256 bits, standard base64.
    const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(PIN), 'PBKDF2', false, [
      'deriveBits',
    ]);
    const bits = await crypto.subtle.deriveBits(
      {
        name: 'PBKDF2',
        hash: 'SHA-256',
        salt: Buffer.from(verifier.salt, 'base64'),
        iterations: verifier.iterations,
      },
      key,
      256,
    );
    expect(Buffer.from(bits).toString('base64')).toBe(verifier.hash);
    // The database holds the verifier only sealed: its hash is nowhere in the staff row.
    const row = await db.db
      .selectFrom('staff')
      .selectAll()
      .where('id', '=', lina.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(verifier.hash);
  });

  test('verifiers made under another secret neither verify nor open', async () => {
    const stranger = await buildApp({
      db,
      clock: () => now,
      version: 'test',
      secret: 'another-secret-another-secret-12345',
    });
    try {
      const res = await stranger.inject({
        method: 'POST',
        url: '/api/sessions',
        headers: staffHeaders(owner.device.token),
        payload: { staffId: lina.id, pin: PIN },
      });
      expect(res.json()).toMatchObject({ code: 'wrong-pin' });
      const roster = await stranger.inject({
        method: 'GET',
        url: '/api/staff',
        headers: staffHeaders(owner.device.token),
      });
      expect(roster.json<StaffRoster>().staff.every((s) => s.pin === null)).toBe(true);
    } finally {
      await stranger.close();
    }
  });
});
