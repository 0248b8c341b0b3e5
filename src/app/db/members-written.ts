import type { ObservabilitySet } from 'dexie';
import type { MemberId } from '../../shared/schemas/ids.schema';
import type { FloorbookDb, MemberRow } from './floorbook-db';
import { mutatedKeys } from './mutated-keys';

/** What storing one pulled page did to the members table, as the code that stored it knows. */
export interface MembersWritten {
  /** Rows as written, in full. */
  rows: MemberRow[];
  /** Members whose last visit alone changed, with the new value. */
  lastVisits: [MemberId, number][];
  removed: MemberId[];
  /** More pages follow at once (a download under way): a listener may wait and take them together. */
  more: boolean;
}

// Dexie reports a write of 50 rows or more as "anything in the table may have changed", so a
// listener must read the whole table again; for a 5,000-row pulled page that read competes with
// the download itself. The page's own account is kept here for this tab's listeners instead.
// It is staged inside the transaction and taken when Dexie reports the commit, which Dexie does
// synchronously as the transaction completes, before any other transaction of this tab can.
const staged = new WeakMap<FloorbookDb, MembersWritten>();

/** Called last inside the transaction storing a pulled page. */
export function stageMembersWritten(db: FloorbookDb, written: MembersWritten): void {
  staged.set(db, written);
}

/** The transaction failed: what it staged never happened. */
export function dropMembersWritten(db: FloorbookDb): void {
  staged.delete(db);
}

/**
 * The staged account, when `parts` (a `storagemutated` report) is the commit of a pulled page:
 * only such a commit moves the cursor. Reports from other tabs never match an account staged here
 * while this tab pulls, because only one tab pulls at a time.
 */
export function takeMembersWritten(db: FloorbookDb, parts: ObservabilitySet): MembersWritten | null {
  const written = staged.get(db);
  const meta = parts[`idb://${db.name}/meta/`];
  if (!written || !meta || !(mutatedKeys(meta)?.includes('cursor') ?? false)) return null;
  staged.delete(db);
  return written;
}
