import { beforeAll, describe, expect, test } from 'vitest';
import type { InjectOptions } from 'fastify';
import { TEST_DIALECTS } from '../fixtures/test-databases';
import { GUARDED_ROUTES, type RouteTargets } from '../fixtures/api-routes';
import { securityWorld, enrolByCode, PINS, type SecurityWorld } from '../fixtures/security-world';
import { signIn, staffHeaders } from '../fixtures/security-api';

type Caller = 'associate' | 'manager' | 'owner' | 'none' | 'expired';
const CALLERS: readonly Caller[] = ['associate', 'manager', 'owner', 'none', 'expired'];

/**
 * Route × caller → status. "none" is the store's tablet with no staff session, "expired" an
 * owner's session past its 12 hours. Rows run in order: signing out comes last.
 */
const EXPECTED: Record<string, readonly [number, number, number, number, number]> = {
  'GET /api/staff': [200, 200, 200, 200, 200],
  'POST /api/sessions': [201, 201, 201, 201, 201],
  'POST /api/audit': [200, 200, 200, 200, 200],
  'POST /api/sync/push': [200, 200, 200, 200, 200],
  'GET /api/sync/pull': [200, 200, 200, 200, 200],
  'GET /api/merges': [403, 200, 200, 401, 401],
  // Nothing waits for review: the role is checked before the id, so an associate learns nothing.
  'POST /api/merges/:id/review': [403, 404, 404, 401, 401],
  'GET /api/audit': [403, 200, 200, 401, 401],
  'POST /api/export': [403, 200, 200, 401, 401],
  'POST /api/enrol-codes': [403, 201, 201, 401, 401],
  'GET /api/devices': [403, 403, 200, 401, 401],
  'POST /api/devices/:id/revoke': [403, 403, 204, 401, 401],
  'POST /api/staff': [403, 403, 201, 401, 401],
  'PATCH /api/staff/:id': [403, 403, 204, 401, 401],
  // The target is another associate: a manager resets associates' PINs, the owner anyone's.
  'PUT /api/staff/:id/pin': [403, 204, 204, 401, 401],
  // Head office is the set-up owner; another owner or a manager is refused before anything is read.
  'GET /api/chain/stores': [403, 403, 200, 401, 401],
  'POST /api/chain/stores': [403, 403, 201, 401, 401],
  'GET /api/pos-keys': [403, 403, 200, 401, 401],
  'POST /api/pos-keys': [403, 403, 201, 401, 401],
  'POST /api/pos-keys/:id/revoke': [403, 403, 404, 401, 401],
  // Signing out works on a session that has run out; with none there is nothing to end.
  'DELETE /api/sessions/current': [204, 204, 204, 401, 204],
};

/** The ids every guarded route is called with: another staff member, another tablet, a merge. */
function targetsIn(w: SecurityWorld): RouteTargets {
  return {
    staffId: w.spare.id,
    staffPin: PINS.spare,
    deviceId: w.spareDevice.device.id,
    mergeId: '0190c000-0000-7000-8000-0000000000aa',
  };
}

/** A request with this tablet's credential and, if given, a staff session. */
function callAs(w: SecurityWorld, req: InjectOptions, token: string, session?: string) {
  return w.app.inject({ ...req, headers: { ...(req.headers as object), ...staffHeaders(token, session) } });
}

describe.each(TEST_DIALECTS)('who may call what, on %s', (dialect) => {
  let targets: RouteTargets;
  const w = securityWorld(dialect);
  beforeAll(() => {
    targets = targetsIn(w);
  });

  const sessionOf = (c: Caller) => (c === 'none' ? undefined : w.sessions[c]);
  const call = (req: InjectOptions, token: string, session?: string) => callAs(w, req, token, session);

  test('the table names every guarded route', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(GUARDED_ROUTES.map((r) => r.name).sort());
  });

  test.each(GUARDED_ROUTES.map((r) => [r.name, r] as const))(
    '%s answers each caller as the table says',
    async (name, route) => {
      const got: number[] = [];
      for (const caller of CALLERS) {
        const res = await call(route.request(targets, w.owner), w.owner.device.token, sessionOf(caller));
        got.push(res.statusCode);
        if (res.statusCode === 401 && caller === 'none')
          expect(res.json()).toMatchObject({ code: 'session-required' });
        if (res.statusCode === 401 && caller === 'expired')
          expect(res.json()).toMatchObject({ code: 'session-expired' });
        if (res.statusCode === 403) expect(res.json()).toMatchObject({ code: 'forbidden', retryable: false });
      }
      expect(got).toEqual(EXPECTED[name]);
    },
  );
});

describe.each(TEST_DIALECTS)('sessions, revoked tablets and leavers, on %s', (dialect) => {
  let targets: RouteTargets;
  const w = securityWorld(dialect);
  beforeAll(() => {
    targets = targetsIn(w);
  });

  const call = (req: InjectOptions, token: string, session?: string) => callAs(w, req, token, session);

  test('with no device credential every guarded route answers 401 unauthenticated', async () => {
    for (const route of GUARDED_ROUTES) {
      const res = await w.app.inject(route.request(targets, w.owner));
      expect([route.name, res.statusCode, res.json<{ code: string }>().code]).toEqual([
        route.name,
        401,
        'unauthenticated',
      ]);
    }
  });

  test('a session works only on the tablet it was opened on', async () => {
    const res = await call(
      { method: 'GET', url: '/api/devices' },
      w.spareDevice.device.token,
      w.sessions.owner,
    );
    expect(res.json()).toMatchObject({ code: 'session-required' });
  });

  test('a revoked tablet is told so on every route, and told to drop its HTTP cache', async () => {
    const doomed = await enrolByCode(w.app, w.owner, '丢失的平板');
    const session = (await signIn(w.app, doomed.device.token, w.owner.staff.id, '258036')).token;
    const revoke = await call(
      { method: 'POST', url: `/api/devices/${doomed.device.id}/revoke` },
      w.owner.device.token,
      w.sessions.owner,
    );
    expect(revoke.statusCode).toBe(204);
    for (const route of GUARDED_ROUTES) {
      const res = await call(route.request(targets, w.owner), doomed.device.token, session);
      expect([route.name, res.statusCode, res.json<{ code: string }>().code]).toEqual([
        route.name,
        401,
        'device-revoked',
      ]);
      expect(res.headers['clear-site-data']).toBe('"cache"');
    }
  });

  test('a staff member who left is signed out at once and cannot sign in again', async () => {
    const res = await call(
      { method: 'POST', url: '/api/staff', payload: { name: '吴佳', role: 'manager', pin: '835062' } },
      w.owner.device.token,
      w.sessions.owner,
    );
    const leaver = res.json<{ id: string }>().id;
    const session = (await signIn(w.app, w.owner.device.token, leaver, '835062')).token;
    expect((await call({ method: 'GET', url: '/api/audit' }, w.owner.device.token, session)).statusCode).toBe(
      200,
    );
    const leave = await call(
      { method: 'PATCH', url: `/api/staff/${leaver}`, payload: { active: false } },
      w.owner.device.token,
      w.sessions.owner,
    );
    expect(leave.statusCode).toBe(204);
    const after = await call({ method: 'GET', url: '/api/audit' }, w.owner.device.token, session);
    expect(after.json()).toMatchObject({ code: 'session-required' });
    const again = await call(
      { method: 'POST', url: '/api/sessions', payload: { staffId: leaver, pin: '835062' } },
      w.owner.device.token,
    );
    expect(again.statusCode).toBe(404);
    const roster = await call({ method: 'GET', url: '/api/staff' }, w.owner.device.token);
    expect(roster.body).not.toContain(leaver);
  });

  test('a demoted manager loses manager routes with the session she already has', async () => {
    const demote = await call(
      { method: 'PATCH', url: `/api/staff/${w.manager.id}`, payload: { role: 'associate' } },
      w.owner.device.token,
      w.sessions.owner,
    );
    expect(demote.statusCode).toBe(204);
    const res = await call({ method: 'GET', url: '/api/audit' }, w.owner.device.token, w.sessions.manager);
    expect(res.statusCode).toBe(403);
  });

  test('the last owner can neither be demoted nor leave', async () => {
    for (const payload of [{ role: 'manager' }, { active: false }]) {
      const res = await call(
        { method: 'PATCH', url: `/api/staff/${w.owner.staff.id}`, payload },
        w.owner.device.token,
        w.sessions.owner,
      );
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'last-owner' });
    }
  });

  test('the owner cannot revoke the tablet she is using', async () => {
    const res = await call(
      { method: 'POST', url: `/api/devices/${w.owner.device.id}/revoke` },
      w.owner.device.token,
      w.sessions.owner,
    );
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'cannot-revoke-self' });
  });
});
