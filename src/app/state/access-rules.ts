import type { StaffRoster } from '../../shared/schemas/security.schema';
import type { StaffSignIn } from './staff-session.state';

export type AccessPolicy = StaffRoster['policy'];

/** Decision 0008's rules, used until the store's own arrive with the staff list. */
export const DEFAULT_ACCESS_POLICY: AccessPolicy = {
  idleLockMinutes: 3,
  signInHours: 12,
  offlineLimitHours: 72,
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
// A tablet clock set back by more than this cannot be trusted to time a sign-in.
const CLOCK_SLACK_MS = 5 * MINUTE;

export type SignInEnd = 'expired' | 'idle' | 'removed';

/**
 * Why a sign-in no longer holds at `now` (tablet time), or null while it does: past the policy's
 * hours, idle past its minutes, or she is no longer on the store's staff list. The idle lock waits
 * while she has no PIN on this tablet: she could not unlock it again (she chooses one first).
 */
export function signInEnded(signIn: StaffSignIn, roster: StaffRoster | null, now: number): SignInEnd | null {
  const policy = roster?.policy ?? DEFAULT_ACCESS_POLICY;
  if (now - signIn.signedInAt >= policy.signInHours * HOUR) return 'expired';
  if (now < signIn.signedInAt - CLOCK_SLACK_MS) return 'expired';
  if (!roster) return null;
  const card = roster.staff.find((s) => s.id === signIn.staff.id);
  if (!card) return 'removed';
  if (card.pin && now - signIn.lastActiveAt >= policy.idleLockMinutes * MINUTE) return 'idle';
  return null;
}

/**
 * Whether the tablet has gone too long without reaching the server to accept changes: it asks to
 * reconnect and only reads. `lastContactAt` null (never answered yet, e.g. just enrolled): not read-only.
 */
export function isReadOnly(lastContactAt: number | null, policy: AccessPolicy, now: number): boolean {
  return lastContactAt !== null && now - lastContactAt >= policy.offlineLimitHours * HOUR;
}
