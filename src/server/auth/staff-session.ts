import type { FastifyRequest } from 'fastify';
import type { StaffRole } from '../../shared/schemas/setup.schema';
import { SESSION_HEADER } from '../../shared/schemas/security.schema';
import { hasRole } from '../../shared/domain/permissions';
import { ApiError } from '../http/api-error';
import type { Repositories } from '../repositories/repositories';
import { hashToken, newToken } from './secrets';
import type { AuthedDevice } from './device-auth';

/** A server sign-in lasts a shift at most; then the PIN is asked again (decision 0008). */
export const SIGN_IN_HOURS = 12;
export const SESSION_MS = SIGN_IN_HOURS * 3_600_000;

export interface AuthedStaff {
  staffId: string;
  name: string;
  role: StaffRole;
  /** Head office: she may see every store's figures and open stores (decision 0008). */
  chainAdmin: boolean;
  /** Hash of the session token this request came with. */
  sessionHash: string;
}

/** The session token from its header, or null when it is missing or not shaped like one. */
export function sessionToken(req: FastifyRequest): string | null {
  const header = req.headers[SESSION_HEADER];
  return typeof header === 'string' && /^[A-Za-z0-9_-]{20,100}$/.test(header) ? header : null;
}

type SessionRow = NonNullable<Awaited<ReturnType<Repositories['sessions']['findForDevice']>>>;
type SessionLookup =
  | { ok: true; row: SessionRow; sessionHash: string }
  | { ok: false; code: 'session-required' | 'session-expired' };

/** The session header, checked against the device's store, her being active, and its expiry. */
function sessionLookup({ sessions }: Pick<Repositories, 'sessions'>, clock: () => number) {
  return async (req: FastifyRequest, device: AuthedDevice): Promise<SessionLookup> => {
    const token = sessionToken(req);
    if (token === null) return { ok: false, code: 'session-required' };
    const sessionHash = hashToken(token);
    const row = await sessions.findForDevice(sessionHash, device.deviceId, device.storeId);
    if (!row || row.disabled_at !== null) return { ok: false, code: 'session-required' };
    if (row.expires_at <= clock()) return { ok: false, code: 'session-expired' };
    return { ok: true, row, sessionHash };
  };
}

/**
 * The staff member behind the session header, checked against the device's store, her current
 * role and her being active: a session outlives neither a role change nor her leaving.
 */
export function staffAuth(repos: Pick<Repositories, 'sessions'>, clock: () => number) {
  const lookUp = sessionLookup(repos, clock);
  return async function authenticateStaff(
    req: FastifyRequest,
    device: AuthedDevice,
    leastRole: StaffRole,
  ): Promise<AuthedStaff> {
    const found = await lookUp(req, device);
    if (!found.ok) throw new ApiError(401, found.code);
    const { row, sessionHash } = found;
    if (!hasRole(row.role, leastRole)) throw new ApiError(403, 'forbidden');
    return {
      staffId: row.id,
      name: row.name,
      role: row.role,
      chainAdmin: row.chain_admin === 1,
      sessionHash,
    };
  };
}

/** Who the session header names on this device, when it is valid; null otherwise (never refuses). */
export function sessionStaffOf(repos: Pick<Repositories, 'sessions'>, clock: () => number) {
  const lookUp = sessionLookup(repos, clock);
  return async function staffOfSession(req: FastifyRequest, device: AuthedDevice): Promise<string | null> {
    const found = await lookUp(req, device);
    return found.ok ? found.row.id : null;
  };
}

/** Open a session for a staff member on this device; only the token's hash is stored. */
export async function issueSession(
  { sessions }: Pick<Repositories, 'sessions'>,
  s: { storeId: string; staffId: string; deviceId: string; now: number },
): Promise<{ token: string; expiresAt: number }> {
  const token = newToken();
  const expiresAt = s.now + SESSION_MS;
  await sessions.create({ ...s, tokenHash: hashToken(token), expiresAt });
  return { token, expiresAt };
}
