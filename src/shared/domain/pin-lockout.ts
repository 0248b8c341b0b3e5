/**
 * What wrong PINs cost, one policy for the tablet (offline checks) and the server (its own
 * checks). Failures are counted per staff member and per device; a right PIN clears the staff
 * member's count. After the third failure each further try waits longer; the fifth failure for
 * a staff member, or the tenth on one device, locks for a quarter of an hour (a manager's PIN
 * reset unlocks a staff member at once).
 */
export interface FailureCount {
  failures: number;
  /** ms of the last failure; null with no failures. */
  lastFailedAt: number | null;
}

export const NO_FAILURES: FailureCount = { failures: 0, lastFailedAt: null };

export const STAFF_LOCKOUT_FAILURES = 5;
export const DEVICE_LOCKOUT_FAILURES = 10;
export const LOCKOUT_MS = 15 * 60_000;
/** Failures older than this are forgotten. */
export const FORGET_AFTER_MS = 60 * 60_000;

const DELAY_MS = [0, 0, 0, 5_000, 30_000];

export type PinGate = { open: true } | { open: false; reason: 'wait' | 'locked'; untilMs: number };

/** Whether a PIN may be tried now for this subject, and if not, until when. */
export function pinGate(count: FailureCount, subject: 'staff' | 'device', now: number): PinGate {
  if (count.lastFailedAt === null || count.failures === 0) return { open: true };
  const limit = subject === 'staff' ? STAFF_LOCKOUT_FAILURES : DEVICE_LOCKOUT_FAILURES;
  if (count.failures >= limit) {
    const untilMs = count.lastFailedAt + LOCKOUT_MS;
    return now < untilMs ? { open: false, reason: 'locked', untilMs } : { open: true };
  }
  const delay = DELAY_MS[Math.min(count.failures, DELAY_MS.length - 1)] ?? 0;
  const untilMs = count.lastFailedAt + delay;
  return now < untilMs ? { open: false, reason: 'wait', untilMs } : { open: true };
}

/**
 * The count after one more failure. A lock-out that has run out starts the count again, and so
 * does a quiet hour: a slip of the finger last week must not bring a tablet closer to locking.
 */
export function afterFailure(count: FailureCount, subject: 'staff' | 'device', now: number): FailureCount {
  const limit = subject === 'staff' ? STAFF_LOCKOUT_FAILURES : DEVICE_LOCKOUT_FAILURES;
  const last = count.lastFailedAt;
  const expired =
    last !== null && ((count.failures >= limit && now >= last + LOCKOUT_MS) || now >= last + FORGET_AFTER_MS);
  return { failures: (expired ? 0 : count.failures) + 1, lastFailedAt: now };
}

/** Whether the failure just counted is the one that locks. */
export function justLocked(count: FailureCount, subject: 'staff' | 'device'): boolean {
  return count.failures === (subject === 'staff' ? STAFF_LOCKOUT_FAILURES : DEVICE_LOCKOUT_FAILURES);
}

/** The later of two gates' waits: a PIN is tried only when both the staff member's and the device's are open. */
export function bothGates(staff: PinGate, device: PinGate): PinGate {
  if (staff.open) return device;
  if (device.open) return staff;
  return staff.untilMs >= device.untilMs ? staff : device;
}
