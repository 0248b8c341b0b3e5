import type { StaffRole } from '../schemas/setup.schema';
import { hasRole } from './permissions';
import { maskPhone } from './phone';

/**
 * Whether a role sees members' phone numbers in full without asking: managers and owners do. An
 * associate sees 138****5678 and reveals the number on a profile when she needs it, and the reveal
 * is audited (decision 0008). Nobody signed in sees only masks.
 */
export function seesFullPhone(role: StaffRole | null): boolean {
  return role !== null && hasRole(role, 'manager');
}

/** A member's phone as shown to `role`: in full for managers and owners, or once revealed; else masked. */
export function shownPhone(phone: string, role: StaffRole | null, revealed = false): string {
  return revealed || seesFullPhone(role) ? phone : maskPhone(phone);
}
