import { NO_FAILURES, type FailureCount } from '../../shared/domain/pin-lockout';
import type { StaffRoster } from '../../shared/schemas/security.schema';

/** Wrong PINs counted on this tablet (decision 0008): the device's own count and one per staff member. */
export interface PinFailures {
  device: FailureCount;
  staff: Record<string, FailureCount>;
}

export const NO_PIN_FAILURES: PinFailures = { device: NO_FAILURES, staff: {} };

const ROLES = ['associate', 'manager', 'owner'];
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isPositiveInt = (v: unknown) => Number.isInteger(v) && (v as number) > 0;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function isVerifier(v: unknown): boolean {
  if (v === null) return true;
  if (!isRecord(v)) return false;
  return (
    isText(v.salt, 64) &&
    BASE64.test(v.salt) &&
    isText(v.hash, 128) &&
    BASE64.test(v.hash) &&
    Number.isInteger(v.iterations) &&
    (v.iterations as number) >= 10_000 &&
    (v.iterations as number) <= 10_000_000
  );
}

function isStaffCard(v: unknown): boolean {
  return (
    isRecord(v) &&
    isText(v.id, 64) &&
    isText(v.name, 200) &&
    typeof v.role === 'string' &&
    ROLES.includes(v.role) &&
    isVerifier(v.pin)
  );
}

/**
 * The stored staff list, checked by hand rather than with zod: the lock screen reads it before
 * anything else (docs/decisions/0003-first-screen-budget.md). The transport parsed it with zod
 * when it arrived; this only keeps a damaged or older row from breaking the lock screen.
 */
export function isStaffRoster(v: unknown): v is StaffRoster {
  if (!isRecord(v) || !Array.isArray(v.staff) || !isRecord(v.policy)) return false;
  const { policy } = v;
  return (
    v.staff.every(isStaffCard) &&
    isPositiveInt(policy.idleLockMinutes) &&
    isPositiveInt(policy.signInHours) &&
    isPositiveInt(policy.offlineLimitHours) &&
    Number.isInteger(v.serverTime)
  );
}

function isFailureCount(v: unknown): v is FailureCount {
  return (
    isRecord(v) &&
    Number.isInteger(v.failures) &&
    (v.failures as number) >= 0 &&
    (v.lastFailedAt === null || typeof v.lastFailedAt === 'number')
  );
}

export function isPinFailures(v: unknown): v is PinFailures {
  return (
    isRecord(v) &&
    isFailureCount(v.device) &&
    isRecord(v.staff) &&
    Object.values(v.staff).every(isFailureCount)
  );
}
