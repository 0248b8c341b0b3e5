import type { MemberId } from '../../shared/schemas/ids.schema';
import type { IndexedMember } from '../search/member-index';
import { decodeRosterKeys, encodeRosterKeys } from '../search/roster-keys';
import type { FloorbookDb } from './floorbook-db';

/** The saved search keys, or null when there are none or they cannot be read. */
export async function readRosterKeys(db: FloorbookDb): Promise<IndexedMember[] | null> {
  const row = await db.rosterKeys.get('roster');
  return row ? decodeRosterKeys(row.keys) : null;
}

/**
 * Save the search keys of `members`, keeping only those whose row still exists in the same
 * transaction: a member erased while the index was behind can never be written back, since an
 * erasure either committed before (her row is gone) or commits after (and drops this copy).
 */
export async function saveRosterKeys(db: FloorbookDb, members: () => Iterable<IndexedMember>): Promise<void> {
  await db.transaction('rw', [db.members, db.rosterKeys], async () => {
    const present = new Set<MemberId>(await db.members.toCollection().primaryKeys());
    const kept = [...members()].filter((m) => present.has(m.id));
    await db.rosterKeys.put({ id: 'roster', keys: encodeRosterKeys(kept) });
  });
}
