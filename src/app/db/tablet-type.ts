import type { Table } from 'dexie';
import type { MemberId } from '../../shared/schemas/ids.schema';
import type { ChangeOf, SyncedTypeName } from '../../shared/sync/synced-types';
import type { FloorbookDb, OutboxRow } from './floorbook-db';

/** What one pulled page's types share while it is stored, inside its one transaction. */
export interface PageWork {
  deviceId: string;
  tabletNow: number;
  serverTime: number;
  hasMore: boolean;
  /** Every waiting change, oldest first: pulled rows are rebased on them. */
  outbox: readonly OutboxRow[];
  /** Members whose last visit must be read again from all their stored events. */
  recount: Set<MemberId>;
  /** The latest visit or purchase per member among the page's events. */
  visitsInPage: Map<MemberId, number>;
}

/**
 * How the tablet stores one synced type (decision 0014). Every method runs inside the one
 * read-write transaction of its caller (tablet-copy.ts), over every table.
 */
export interface TabletSyncedType<N extends SyncedTypeName> {
  /** The tables holding this type's pulled rows: emptied before a full download. */
  tables(db: FloorbookDb): Table[];
  /** Store a page's changes of this type; called for every page, with none too. */
  apply(db: FloorbookDb, changes: readonly ChangeOf<N>[], work: PageWork): Promise<void>;
  /**
   * Settled changes of this type, already out of the outbox: fold the taken ones into the
   * server's copy, and undo the local effect of the refused ones (already in the dead letters).
   */
  settle(db: FloorbookDb, taken: readonly OutboxRow[], refused: readonly OutboxRow[]): Promise<void>;
  /** Rebuild this type's rows from its waiting changes alone, on emptied tables. */
  rebuild(db: FloorbookDb, pending: readonly OutboxRow[]): Promise<void>;
}
