import type { MemberId } from '../../shared/schemas/ids.schema';
import type { MemberChange, PullResponse } from '../../shared/sync/protocol.schema';
import type { FloorbookDb, MemberRow, OutboxRow } from './floorbook-db';
import { memberRow, replayPending } from './member-rows';
import { forgetRosterKeys, isMemberChange, refreshLastVisit, storeLastVisits } from './member-writes';
import { stageMembersWritten } from './members-written';
import { receiveClock, writeMeta } from './meta';

type GoneChange = Extract<MemberChange, { state: 'gone' }>;

/**
 * Store one pulled page and its cursor. The caller runs this inside ONE read-write transaction
 * over every table, so a cursor is never stored ahead of the data it covers.
 */
export async function applyPullPage(
  db: FloorbookDb,
  deviceId: string,
  page: PullResponse,
  tabletNow: number,
): Promise<void> {
  const pendingByMember = groupByMember(await db.outbox.orderBy('seq').toArray());
  // Members whose last visit must be read from all their stored events.
  const recount = new Set<MemberId>();
  const visitsInPage = new Map<MemberId, number>();

  await db.events.bulkPut(page.events.map((c) => c.event));
  for (const { event } of page.events) {
    if (event.kind === 'void') recount.add(event.memberId);
    else if (event.kind === 'visit' || event.kind === 'purchase')
      visitsInPage.set(event.memberId, Math.max(visitsInPage.get(event.memberId) ?? 0, event.at));
  }

  const live = page.members.flatMap((c) => (c.state === 'live' ? [c] : []));
  const existing = await readExisting(
    db,
    live.map((c) => c.record.id),
  );
  const rows: MemberRow[] = [];
  const removed: MemberId[] = [];
  let newestClock = '';
  live.forEach((change) => {
    const id = change.record.id;
    const pending = pendingByMember.get(id) ?? [];
    const server = { record: change.record, keys: change.keys };
    // Rebase: the server's record with this tablet's unsynced changes replayed on top.
    const shown = replayPending(server, pending);
    for (const clock of [change.record.createdHlc, ...Object.values(change.record.clocks)])
      if (clock > newestClock) newestClock = clock;
    if (!shown) {
      removed.push(id);
      return;
    }
    const before = existing.get(id);
    if (!before) recount.add(id);
    const lastVisitAt = Math.max(before?.lastVisitAt ?? 0, visitsInPage.get(id) ?? 0);
    rows.push(memberRow(shown, lastVisitAt, pending.length > 0 ? server : undefined));
  });
  await db.members.bulkPut(rows);
  await db.members.bulkDelete(removed);
  if (removed.length > 0 || page.members.some((c) => c.state === 'gone')) await forgetRosterKeys(db);

  for (const change of page.members)
    if (change.state === 'gone') await removeGone(db, change, page.serverTime, recount);

  const shownIds = new Set(rows.map((r) => r.id));
  const bumps = [...visitsInPage].filter(([id]) => !shownIds.has(id) && !recount.has(id));
  const bumped = await db.members.bulkGet(bumps.map(([id]) => id));
  const lastVisits = bumps.filter(([, at], i) => {
    const row = bumped[i];
    return row !== undefined && at > row.lastVisitAt;
  });
  await storeLastVisits(db, lastVisits);
  lastVisits.push(...(await refreshLastVisit(db, recount)));

  await writeMeta(db, 'cursor', page.cursor);
  if (page.span) await writeMeta(db, 'pulledTo', page.span.to);
  // A pulled field clock may run ahead of this tablet's (up to the server's drift limit); a
  // later local edit of that field must still order after it.
  if (newestClock !== '') await receiveClock(db, deviceId, newestClock, tabletNow);
  const gone = page.members.flatMap((c) => (c.state === 'gone' ? [c.id] : []));
  stageMembersWritten(db, { rows, lastVisits, removed: [...removed, ...gone], more: page.hasMore });
}

function groupByMember(rows: readonly OutboxRow[]): Map<MemberId, OutboxRow[]> {
  const by = new Map<MemberId, OutboxRow[]>();
  for (const row of rows) {
    if (!isMemberChange(row)) continue;
    const list = by.get(row.memberId);
    if (list) list.push(row);
    else by.set(row.memberId, [row]);
  }
  return by;
}

async function removeGone(db: FloorbookDb, change: GoneChange, at: number, recount: Set<MemberId>) {
  await db.members.delete(change.id);
  if (change.reason === 'merged' && change.mergedInto !== null) {
    // No visit is lost in a merge: local events follow the survivor, and an open profile
    // of the absorbed member follows the redirect.
    await db.events.where('memberId').equals(change.id).modify({ memberId: change.mergedInto });
    await db.merges.put({ id: change.id, into: change.mergedInto, at });
    recount.add(change.mergedInto);
    return;
  }
  await db.events.where('memberId').equals(change.id).delete();
  if (change.reason === 'erased') {
    // Erasure reaches this tablet's queue and refused changes too: they hold personal data.
    await db.outbox.where('memberId').equals(change.id).delete();
    await db.deadLetters.where('memberId').equals(change.id).delete();
  }
}

/**
 * The rows already held for these ids. Keys are asked first: in a first download almost none
 * exist, and reading keys alone spares IndexedDB turning thousands of absent rows into nothing.
 */
async function readExisting(db: FloorbookDb, ids: MemberId[]): Promise<Map<MemberId, MemberRow>> {
  const held = await db.members.where(':id').anyOf(ids).primaryKeys();
  const rows = await db.members.bulkGet(held);
  return new Map(rows.flatMap((r) => (r ? [[r.id, r] as const] : [])));
}
