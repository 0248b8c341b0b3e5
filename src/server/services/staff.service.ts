import { v7 as uuidv7 } from 'uuid';
import type { NewStaff, StaffCard, StaffPatch, StaffRoster } from '../../shared/schemas/security.schema';
import type { StaffRole } from '../../shared/schemas/setup.schema';
import type { StaffId } from '../../shared/schemas/ids.schema';
import { pinProblems } from '../../shared/domain/pin-rules';
import { hasRole } from '../../shared/domain/permissions';
import { ApiError } from '../http/api-error';
import type { AuthedDevice } from '../auth/device-auth';
import { SIGN_IN_HOURS, type AuthedStaff } from '../auth/staff-session';
import { openOffline, storedPin } from '../auth/pin-verifier';
import { auditLine } from '../audit/audit-line';
import type { ServiceDeps } from './service-deps';

/** Minutes without a touch before a tablet locks itself (decision 0008). */
const IDLE_LOCK_MINUTES = 3;

/** The staff list every tablet of the store holds, and the owner's changes to it, each audited. */
export function staffService({ data, clock, keys }: ServiceDeps, offlineLimitHours: number) {
  const note = (device: AuthedDevice, by: AuthedStaff, detail: Record<string, string>) =>
    auditLine({ ...device, staffId: by.staffId }, 'staff.change', clock(), { detail });

  return {
    /** Every verifier of the store, so staff switch by PIN with no network. */
    async roster(device: AuthedDevice): Promise<StaffRoster> {
      const rows = await data.staff.activeOfStore(device.storeId);
      return {
        staff: rows.map((r) => ({
          id: r.id as StaffId,
          name: r.name,
          role: r.role,
          pin: r.pin_offline === null ? null : openOffline(keys, r.id, r.pin_offline),
        })),
        policy: { idleLockMinutes: IDLE_LOCK_MINUTES, signInHours: SIGN_IN_HOURS, offlineLimitHours },
        serverTime: clock(),
      };
    },

    async add(device: AuthedDevice, owner: AuthedStaff, body: NewStaff): Promise<StaffCard> {
      if (pinProblems(body.pin).length > 0) throw new ApiError(422, 'weak-pin', 'pin');
      const id = uuidv7();
      const pin = await storedPin(keys, id, body.pin);
      const now = clock();
      await data.staff.add({
        id,
        storeId: device.storeId,
        name: body.name,
        role: body.role,
        passwordHash: null,
        pin,
        now,
      });
      await data.audit.append([note(device, owner, { staffId: id, change: 'added', role: body.role })], now);
      return {
        id: id as StaffId,
        name: body.name,
        role: body.role,
        pin: openOffline(keys, id, pin.pinOffline),
      };
    },

    async change(device: AuthedDevice, owner: AuthedStaff, id: string, patch: StaffPatch): Promise<void> {
      // Leaving wins over a role change sent with it: her role no longer matters once she has left.
      const change = patch.active === false ? { leave: true as const } : patch.role && { role: patch.role };
      if (!change) throw new ApiError(422, 'invalid-field', 'role');
      const outcome = await data.staff.change(device.storeId, id, change, clock());
      if (outcome === 'not-found') throw new ApiError(404, 'not-found');
      if (outcome === 'last-owner')
        throw new ApiError(409, 'last-owner', 'leave' in change ? 'active' : 'role');
      const detail: Record<string, string> =
        'leave' in change
          ? { staffId: id, change: 'left' }
          : { staffId: id, change: 'role', role: change.role };
      await data.audit.append([note(device, owner, detail)], clock());
    },

    /** Whether `by` may set this PIN; checked before the new PIN is even read. */
    async mayResetPin(device: AuthedDevice, by: AuthedStaff, id: string): Promise<void> {
      const target = await data.staff.findActive(device.storeId, id);
      if (!target) throw new ApiError(404, 'not-found');
      if (!maySetPin(by, id, target.role)) throw new ApiError(403, 'forbidden');
    },

    async resetPin(device: AuthedDevice, by: AuthedStaff, id: string, newPin: string): Promise<void> {
      if (pinProblems(newPin).length > 0) throw new ApiError(422, 'weak-pin', 'pin');
      if (!(await data.staff.setPin(device.storeId, id, await storedPin(keys, id, newPin))))
        throw new ApiError(404, 'not-found');
      // A reset is how a manager unlocks her; her other sessions end, as the old PIN may be known.
      await data.signInFailures.clear('staff', id);
      await data.sessions.endForStaff(id, by.staffId === id ? by.sessionHash : undefined);
      await data.audit.append([note(device, by, { staffId: id, change: 'pin' })], clock());
    },
  };
}

/** Her own PIN; a manager sets associates'; the owner anyone's. */
function maySetPin(by: AuthedStaff, targetId: string, targetRole: StaffRole): boolean {
  if (by.staffId === targetId) return true;
  if (by.role === 'owner') return true;
  return hasRole(by.role, 'manager') && targetRole === 'associate';
}
