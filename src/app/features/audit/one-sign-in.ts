import type { AuditLine } from '../../../shared/schemas/security.schema';

/** A PIN checked both on the tablet and by the server is logged twice, moments apart. */
const SAME_SIGN_IN_MS = 2 * 60_000;

/**
 * One row for one PIN switch. A switch is logged more than once: the tablet queues its own
 * 'sign-in' entry, the server writes one when it checks the PIN too, and again when a manager's
 * screen asks the server to confirm her right after. The log keeps every line; the screen shows
 * the newest of the sign-ins of one staff member on one tablet that follow each other within two
 * minutes (newest first, as the log is read).
 */
export function oneRowPerSignIn(lines: readonly AuditLine[]): AuditLine[] {
  const shown: AuditLine[] = [];
  let kept: AuditLine | null = null;
  let last: AuditLine | null = null;
  for (const line of lines) {
    const same =
      line.action === 'sign-in' &&
      kept !== null &&
      last !== null &&
      line.staffName === kept.staffName &&
      line.deviceName === kept.deviceName &&
      last.at - line.at <= SAME_SIGN_IN_MS;
    if (line.action === 'sign-in') last = line;
    if (same) continue;
    shown.push(line);
    kept = line.action === 'sign-in' ? line : null;
  }
  return shown;
}
