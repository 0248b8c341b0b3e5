import type { StaffRole } from '../../shared/schemas/setup.schema';
import { bothGates, justLocked, pinGate, type PinGate } from '../../shared/domain/pin-lockout';
import { ApiError } from '../http/api-error';
import { auditLine } from '../audit/audit-line';
import type { Repositories } from '../repositories/repositories';
import { checkServerPin } from './pin-verifier';
import { keyedLock } from './keyed-lock';
import type { ServerKeys } from './server-keys';
import type { AuthedDevice } from './device-auth';

export interface SignedIn {
  id: string;
  name: string;
  role: StaffRole;
}

/**
 * The server's own PIN check, behind the lock-out policy the tablets apply offline: failures
 * are counted for the staff member and for the tablet, a closed gate answers 429 pin-locked with
 * Retry-After, and every failure and lock-out is audited. A right PIN clears her count (not the
 * tablet's: one's own PIN must not buy more guesses at a colleague's).
 */
export function pinSignIn(
  { staff, signInFailures: failures, audit }: Pick<Repositories, 'staff' | 'signInFailures' | 'audit'>,
  keys: ServerKeys,
  clock: () => number,
) {
  const withLock = keyedLock();

  async function check(device: AuthedDevice, staffId: string, pin: string): Promise<SignedIn> {
    // Read inside the lock: a try that waited behind another is judged at the time it runs.
    const now = clock();
    const member = await staff.findActive(device.storeId, staffId);
    if (!member) throw new ApiError(404, 'not-found', 'staffId');
    if (member.pin_verifier === null) throw new ApiError(409, 'no-pin', 'staffId');
    const gate = bothGates(
      pinGate(await failures.read('staff', staffId), 'staff', now),
      pinGate(await failures.read('device', device.deviceId), 'device', now),
    );
    if (!gate.open) throw locked(gate, now);
    if (await checkServerPin(keys, pin, member.pin_verifier)) {
      await failures.clear('staff', staffId);
      await audit.append([line(device, staffId, now, 'sign-in', { via: 'pin' })], now);
      return { id: member.id, name: member.name, role: member.role };
    }
    const staffCount = await failures.recordFailure('staff', staffId, now);
    const deviceCount = await failures.recordFailure('device', device.deviceId, now);
    const lines = [line(device, staffId, now, 'pin.fail', { failures: staffCount.failures })];
    if (justLocked(staffCount, 'staff'))
      lines.push(line(device, staffId, now, 'pin.lockout', { scope: 'staff' }));
    if (justLocked(deviceCount, 'device'))
      lines.push(line(device, staffId, now, 'pin.lockout', { scope: 'device' }));
    await audit.append(lines, now);
    const next = bothGates(pinGate(staffCount, 'staff', now), pinGate(deviceCount, 'device', now));
    throw new ApiError(401, 'wrong-pin', 'pin', false, next.open ? {} : retryAfter(next, now));
  }

  return (device: AuthedDevice, staffId: string, pin: string): Promise<SignedIn> =>
    withLock(`staff:${staffId}`, () =>
      withLock(`device:${device.deviceId}`, () => check(device, staffId, pin)),
    );
}

function locked(gate: Extract<PinGate, { open: false }>, now: number): ApiError {
  return new ApiError(429, 'pin-locked', 'pin', true, retryAfter(gate, now));
}

function retryAfter(gate: Extract<PinGate, { open: false }>, now: number): Record<string, string> {
  return { 'retry-after': String(Math.max(1, Math.ceil((gate.untilMs - now) / 1000))) };
}

function line(
  device: AuthedDevice,
  staffId: string,
  now: number,
  action: 'sign-in' | 'pin.fail' | 'pin.lockout',
  detail: Record<string, string | number>,
) {
  return auditLine({ storeId: device.storeId, deviceId: device.deviceId, staffId }, action, now, { detail });
}
