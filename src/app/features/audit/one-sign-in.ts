import type { AuditLine } from '../../../shared/schemas/security.schema';

/** A PIN checked both on the tablet and by the server is logged twice, moments apart. */
const SAME_SIGN_IN_MS = 2 * 60_000;

const isServerCheck = (l: AuditLine) => l.detail !== null && l.detail.includes('"via":"pin"');

/**
 * One row for one PIN switch. Online, a PIN is checked on the tablet (which queues its own
 * 'sign-in' entry) and by the server (which writes one with `via: pin`): the log keeps both, the
 * screen shows the first and drops its partner, the other's line for the same staff member on
 * the same tablet within two minutes. Each line pairs at most once, so two real sign-ins in a
 * row still show as two.
 */
export function oneRowPerSignIn(lines: readonly AuditLine[]): AuditLine[] {
  const dropped = new Set<string>();
  lines.forEach((line, i) => {
    if (line.action !== 'sign-in' || dropped.has(line.id)) return;
    const partner = lines
      .slice(i + 1)
      .find(
        (other) =>
          other.action === 'sign-in' &&
          !dropped.has(other.id) &&
          Math.abs(other.at - line.at) <= SAME_SIGN_IN_MS &&
          other.staffName === line.staffName &&
          other.deviceName === line.deviceName &&
          isServerCheck(other) !== isServerCheck(line),
      );
    if (partner) dropped.add(partner.id);
  });
  return lines.filter((l) => !dropped.has(l.id));
}
