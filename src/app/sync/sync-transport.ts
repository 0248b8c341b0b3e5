import type { Mutation, PulledPage, PushResponse } from '../../shared/sync/protocol.schema';
import type { AuditEntry, StaffRoster } from '../../shared/schemas/security.schema';

/** When a request left and its reply arrived, tablet time, ms: brackets the server's clock reading. */
export interface RoundTrip {
  sentAt: number;
  receivedAt: number;
}

/**
 * How a sync request ended. Only `transient` is worth retrying as it is; the others need the
 * batch split (`too-large`, `refused`), the app updated (`outdated`) or the tablet wiped (`revoked`).
 */
export type TransportOutcome<T> =
  | { kind: 'ok'; value: T; trip: RoundTrip }
  /** 401 device-revoked: the store took this tablet's credential back. */
  | { kind: 'revoked' }
  /** 401 for any other reason: the credential is unknown (server reset?); nothing is wiped. */
  | { kind: 'unauthenticated' }
  /** 426: the server no longer speaks this app's protocol version. */
  | { kind: 'outdated' }
  /** 413: the request body is over the server's limit. */
  | { kind: 'too-large' }
  /** Another 4xx for the whole request: this request will never succeed as it is. */
  | { kind: 'refused'; status: number; code: string; message: string }
  /** Network down, 5xx, 429 or an unreadable reply: try again later. */
  | { kind: 'transient'; code: 'network' | 'server'; retryAfterMs: number | null };

/** The sync endpoints as the engine sees them; `http-transport.ts` is the real one. */
export interface SyncTransport {
  push(mutations: readonly Mutation[]): Promise<TransportOutcome<PushResponse>>;
  /** `cursor` null asks for everything from the start (first download or resync). */
  pull(cursor: string | null, limit: number): Promise<TransportOutcome<PulledPage>>;
  /**
   * GET /api/staff: the store's staff with their offline PIN verifiers, and the lock rules.
   * Optional so a transport that only syncs members (a test double) still fits; the engine skips it.
   */
  staff?(): Promise<TransportOutcome<StaffRoster>>;
  /** POST /api/audit: at most 500 entries; client ids make a repeat harmless. Optional like `staff`. */
  audit?(entries: readonly AuditEntry[]): Promise<TransportOutcome<{ stored: number }>>;
}
