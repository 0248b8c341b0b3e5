import type { FastifyInstance } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import {
  NewStaff,
  PinReset,
  StaffPatch,
  type StaffCard,
  type StaffRoster,
} from '../../shared/schemas/security.schema';
import type { StaffRole } from '../../shared/schemas/setup.schema';
import type { StaffId } from '../../shared/schemas/ids.schema';
import { pinProblems } from '../../shared/domain/pin-rules';
import { hasRole } from '../../shared/domain/permissions';
import { ApiError } from '../http/api-error';
import { idParam } from '../http/request-parts';
import { deviceAuth } from '../auth/device-auth';
import { SIGN_IN_HOURS, staffAuth, type AuthedStaff } from '../auth/staff-session';
import { openOffline, storedPin } from '../auth/pin-verifier';
import { auditLine } from '../audit/audit-line';
import { auditRepository } from '../repositories/audit.repository';
import { staffRepository } from '../repositories/staff.repository';
import { sessionRepository } from '../repositories/session.repository';
import { signInFailureRepository } from '../repositories/sign-in-failure.repository';
import type { RouteDeps } from './route-deps';

/** Minutes without a touch before a tablet locks itself (decision 0008). */
const IDLE_LOCK_MINUTES = 3;

/** The staff list every tablet of the store holds, and the owner's changes to it. */
export function staffRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const db = deps.db.db;
  const authenticate = deviceAuth(db, deps.clock);
  const authenticateStaff = staffAuth(db, deps.clock);
  const staff = staffRepository(db);
  const audit = auditRepository(db);
  const note = (
    device: { storeId: string; deviceId: string },
    by: AuthedStaff,
    detail: Record<string, string>,
  ) => auditLine({ ...device, staffId: by.staffId }, 'staff.change', deps.clock(), { detail });

  // Any enrolled tablet: it needs every verifier to let staff switch by PIN with no network.
  app.get('/api/staff', async (req): Promise<StaffRoster> => {
    const device = await authenticate(req);
    const rows = await staff.activeOfStore(device.storeId);
    return {
      staff: rows.map((r) => ({
        id: r.id as StaffId,
        name: r.name,
        role: r.role,
        pin: r.pin_offline === null ? null : openOffline(deps.keys, r.id, r.pin_offline),
      })),
      policy: {
        idleLockMinutes: IDLE_LOCK_MINUTES,
        signInHours: SIGN_IN_HOURS,
        offlineLimitHours: deps.offlineLimitHours,
      },
      serverTime: deps.clock(),
    };
  });

  app.post('/api/staff', async (req, reply): Promise<StaffCard> => {
    const device = await authenticate(req);
    const owner = await authenticateStaff(req, device, 'owner');
    const body = NewStaff.parse(req.body);
    if (pinProblems(body.pin).length > 0) throw new ApiError(422, 'weak-pin', 'pin');
    const id = uuidv7();
    const pin = await storedPin(deps.keys, id, body.pin);
    const now = deps.clock();
    await staff.add({
      id,
      storeId: device.storeId,
      name: body.name,
      role: body.role,
      passwordHash: null,
      pin,
      now,
    });
    await audit.append([note(device, owner, { staffId: id, change: 'added', role: body.role })], now);
    reply.status(201);
    return {
      id: id as StaffId,
      name: body.name,
      role: body.role,
      pin: openOffline(deps.keys, id, pin.pinOffline),
    };
  });

  app.patch('/api/staff/:id', async (req, reply) => {
    const device = await authenticate(req);
    const owner = await authenticateStaff(req, device, 'owner');
    const id = idParam(req);
    const patch = StaffPatch.parse(req.body);
    // Leaving wins over a role change sent with it: her role no longer matters once she has left.
    const change = patch.active === false ? { leave: true as const } : patch.role && { role: patch.role };
    if (!change) throw new ApiError(422, 'invalid-field', 'role');
    const outcome = await staff.change(device.storeId, id, change, deps.clock());
    if (outcome === 'not-found') throw new ApiError(404, 'not-found');
    if (outcome === 'last-owner')
      throw new ApiError(409, 'last-owner', 'leave' in change ? 'active' : 'role');
    const detail: Record<string, string> =
      'leave' in change
        ? { staffId: id, change: 'left' }
        : { staffId: id, change: 'role', role: change.role };
    await audit.append([note(device, owner, detail)], deps.clock());
    return reply.status(204).send();
  });

  app.put('/api/staff/:id/pin', async (req, reply) => {
    const device = await authenticate(req);
    const by = await authenticateStaff(req, device, 'associate');
    const id = idParam(req);
    const target = await staff.findActive(device.storeId, id);
    if (!target) throw new ApiError(404, 'not-found');
    if (!maySetPin(by, id, target.role)) throw new ApiError(403, 'forbidden');
    const body = PinReset.parse(req.body);
    if (pinProblems(body.pin).length > 0) throw new ApiError(422, 'weak-pin', 'pin');
    if (!(await staff.setPin(device.storeId, id, await storedPin(deps.keys, id, body.pin))))
      throw new ApiError(404, 'not-found');
    // A reset is how a manager unlocks her; her other sessions end, as the old PIN may be known.
    await signInFailureRepository(db).clear('staff', id);
    await sessionRepository(db).endForStaff(id, by.staffId === id ? by.sessionHash : undefined);
    await audit.append([note(device, by, { staffId: id, change: 'pin' })], deps.clock());
    return reply.status(204).send();
  });
}

/** Her own PIN; a manager sets associates'; the owner anyone's. */
function maySetPin(by: AuthedStaff, targetId: string, targetRole: StaffRole): boolean {
  if (by.staffId === targetId) return true;
  if (by.role === 'owner') return true;
  return hasRole(by.role, 'manager') && targetRole === 'associate';
}
