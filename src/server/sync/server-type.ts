import type { Mutation, RejectionCode } from '../../shared/sync/protocol.schema';
import type { SyncedTypeName } from '../../shared/sync/synced-types';
import type { Db } from '../db/handle';
import type { SyncTx } from '../repositories/sync-tx';
import type { AuditRecord } from '../repositories/audit.repository';

/** What applying a change came to; `effect` is what the type's audit lines are made from. */
export type Outcome<E = unknown> =
  { ok: true; effect?: E } | { ok: false; code: RejectionCode; field?: string };

/** A staff id written inside a change, and where: the field a refusal names. */
export interface StaffRef {
  field: string;
  id: string;
}

/** A row as a pull page carries it: its change number and the JSON text of its change. */
export interface SplicedChange {
  seq: number;
  json: string;
}

/** The part of a pull one type answers for. */
export interface PullRange {
  storeId: string;
  /** Rows numbered above this... */
  after: number;
  /** ...and below this. */
  below: number;
  limit: number;
  /** The pulling tablet's protocol: a row is sent only with the fields it knows. */
  protocol: number;
}

export type MutationOfType<N extends SyncedTypeName> = Extract<Mutation, { entity: N }>;

/** How the server stores, applies and serves one synced type (decision 0014). */
export interface ServerSyncedType<N extends SyncedTypeName, E = unknown> {
  /** Its changes in a range, in change order, spliced from the stored JSON text (0009). */
  changesAfter: (db: Db, range: PullRange) => Promise<SplicedChange[]>;
  /** How many of its rows are numbered after `after`, for the first download's progress. */
  countAfter: (db: Db, storeId: string, after: number) => Promise<number>;
  /** Every staff id a change writes besides its author: each must be staff of the store. */
  staffRefs: (m: MutationOfType<N>) => StaffRef[];
  /** Apply a checked, permitted change with its admitted clock; check everything before the first write. */
  apply: (tx: SyncTx, m: MutationOfType<N>, hlc: string) => Promise<Outcome<E>>;
  /** The audit lines of an applied change (decision 0008): ids and field names, never a value. */
  audit: (
    device: { storeId: string; deviceId: string },
    m: MutationOfType<N>,
    effect: E | undefined,
    now: number,
  ) => AuditRecord[];
}
