import { z } from 'zod';
import {
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  PulledPage,
  PushResponse,
} from '../../shared/sync/protocol.schema';
import { SESSION_HEADER, StaffRoster } from '../../shared/schemas/security.schema';
import type { SyncTransport, TransportOutcome } from './sync-transport';

export interface HttpTransportDeps {
  /** '' in the app (same origin); an absolute origin in tests. */
  baseUrl: string;
  /** The device credential, read per request so a re-enrolment takes effect at once. */
  token: () => string;
  /** Tablet wall time, ms. */
  clock: () => number;
  /**
   * The signed-in staff member's server session, when she has one: a deletion or erasure is
   * accepted only with its author's session beside the device credential.
   */
  session?: () => string | null;
  fetch?: typeof fetch;
}

const AuditStored = z.object({ stored: z.int().nonnegative() });

/** The only code in the app that calls the sync endpoints. */
export function httpTransport(deps: HttpTransportDeps): SyncTransport {
  const doFetch = deps.fetch ?? ((input, init) => fetch(input, init));

  async function call<S extends z.ZodType>(
    path: string,
    body: unknown,
    schema: S,
  ): Promise<TransportOutcome<z.infer<S>>> {
    const sentAt = deps.clock();
    const session = deps.session?.() ?? null;
    let res: Response;
    try {
      res = await doFetch(`${deps.baseUrl}${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: {
          authorization: `Bearer ${deps.token()}`,
          [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
          ...(session !== null && { [SESSION_HEADER]: session }),
          ...(body !== undefined && { 'content-type': 'application/json' }),
        },
        ...(body !== undefined && { body: JSON.stringify(body) }),
      });
    } catch {
      return { kind: 'transient', code: 'network', retryAfterMs: null };
    }
    const json: unknown = await res.json().catch(() => null);
    const receivedAt = deps.clock();
    if (res.ok) {
      const parsed = schema.safeParse(json);
      return parsed.success
        ? { kind: 'ok', value: parsed.data, trip: { sentAt, receivedAt } }
        : { kind: 'transient', code: 'server', retryAfterMs: null };
    }
    return failure(res, json);
  }

  return {
    push: (mutations) => call('/api/sync/push', { protocol: PROTOCOL_VERSION, mutations }, PushResponse),
    pull: (cursor, limit) =>
      call(`/api/sync/pull?cursor=${encodeURIComponent(cursor ?? '')}&limit=${limit}`, undefined, PulledPage),
    staff: () => call('/api/staff', undefined, StaffRoster),
    audit: (entries) => call('/api/audit', { entries }, AuditStored),
  };
}

function failure(res: Response, json: unknown): TransportOutcome<never> {
  const body = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  const code = typeof body.code === 'string' ? body.code : '';
  const message = typeof body.message === 'string' ? body.message : res.statusText;
  if (res.status === 426 || code === 'app-outdated') return { kind: 'outdated' };
  if (code === 'device-revoked') return { kind: 'revoked' };
  if (res.status === 401) return { kind: 'unauthenticated' };
  if (res.status === 413 || code === 'body-too-large') return { kind: 'too-large' };
  if (res.status === 429 || res.status >= 500)
    return { kind: 'transient', code: 'server', retryAfterMs: retryAfter(res.headers.get('retry-after')) };
  return { kind: 'refused', status: res.status, code, message };
}

function retryAfter(header: string | null): number | null {
  const seconds = header === null ? NaN : Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : null;
}
