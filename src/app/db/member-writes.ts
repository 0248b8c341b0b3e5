import type { MemberId } from '../../shared/schemas/ids.schema';
import type { MemberEvent } from '../../shared/schemas/event.schema';
import type { FloorbookDb, OutboxRow } from './floorbook-db';
import { lastVisitOf } from './member-rows';

// Helpers for code already inside a read-write transaction over the tables they touch.

/** This member's queued profile changes (sign-up, edits, deletion), oldest first. */
export async function pendingMemberChanges(db: FloorbookDb, memberId: MemberId): Promise<OutboxRow[]> {
  const rows = await db.outbox.where('memberId').equals(memberId).sortBy('seq');
  return rows.filter((row) => row.type === 'member');
}

/**
 * Read these members' events again and store their last visit (after a void, a merge, a new row).
 * Returns the members whose last visit changed, with the new value.
 */
export async function refreshLastVisit(
  db: FloorbookDb,
  ids: Iterable<MemberId>,
): Promise<[MemberId, number][]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const events = await db.events.where('memberId').anyOf(unique).toArray();
  const byMember = new Map<string, MemberEvent[]>();
  for (const e of events) {
    const list = byMember.get(e.memberId);
    if (list) list.push(e);
    else byMember.set(e.memberId, [e]);
  }
  // A member with no stored events keeps 0, which her row already says: only the others are read.
  const rows = await db.members.bulkGet(unique.filter((id) => byMember.has(id)));
  const changed: [MemberId, number][] = [];
  for (const row of rows) {
    if (!row) continue;
    const lastVisitAt = lastVisitOf(byMember.get(row.id) ?? []);
    if (lastVisitAt !== row.lastVisitAt) changed.push([row.id, lastVisitAt]);
  }
  await storeLastVisits(db, changed);
  return changed;
}

/** Write these members' last visits, each given as [member, time]. */
export async function storeLastVisits(db: FloorbookDb, visits: readonly [MemberId, number][]): Promise<void> {
  if (visits.length > 0)
    await db.members.bulkUpdate(visits.map(([key, lastVisitAt]) => ({ key, changes: { lastVisitAt } })));
}

/**
 * Drop the saved copy of the search keys: a member left the roster (deleted, erased, merged),
 * and her name and phone must not outlive her row. The search saves a fresh copy later.
 */
export async function forgetRosterKeys(db: FloorbookDb): Promise<void> {
  await db.rosterKeys.delete('roster');
}
