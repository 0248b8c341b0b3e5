import type { MemberId } from '../../shared/schemas/ids.schema';
import type { MemberChange } from '../../shared/sync/protocol.schema';
import type { FloorbookDb, MemberBase, MemberRow, OutboxRow } from './floorbook-db';
import type { TabletSyncedType } from './tablet-type';
import { baseOfRow, memberRow, replayPending } from './member-rows';
import { forgetRosterKeys, pendingMemberChanges, refreshLastVisit, storeLastVisits } from './member-writes';
import { stageMembersWritten } from './members-written';
import { forgetRecordsOf } from './field-record-type';
import { receiveClock, writeMeta } from './meta';

type GoneChange = Extract<MemberChange, { state: 'gone' }>;

/** Members: the server's record, with this tablet's waiting edits replayed on top. */
export const memberTablet: TabletSyncedType<'member'> = {
  tables: (db) => [db.members],

  async apply(db, changes, work) {
    const pendingByMember = groupByMember(work.outbox);
    const { recount, visitsInPage } = work;
    const live = changes.flatMap((c) => (c.state === 'live' ? [c] : []));
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
    if (removed.length > 0 || changes.some((c) => c.state === 'gone')) await forgetRosterKeys(db);

    for (const change of changes)
      if (change.state === 'gone') await removeGone(db, change, work.serverTime, recount);

    const shownIds = new Set(rows.map((r) => r.id));
    const bumps = [...visitsInPage].filter(([id]) => !shownIds.has(id) && !recount.has(id));
    const bumped = await db.members.bulkGet(bumps.map(([id]) => id));
    const lastVisits = bumps.filter(([, at], i) => {
      const row = bumped[i];
      return row !== undefined && at > row.lastVisitAt;
    });
    await storeLastVisits(db, lastVisits);
    lastVisits.push(...(await refreshLastVisit(db, recount)));

    // A pulled field clock may run ahead of this tablet's (up to the server's drift limit); a
    // later local edit of that field must still order after it.
    if (newestClock !== '') await receiveClock(db, work.deviceId, newestClock, work.tabletNow);
    const gone = changes.flatMap((c) => (c.state === 'gone' ? [c.id] : []));
    stageMembersWritten(db, { rows, lastVisits, removed: [...removed, ...gone], more: work.hasMore });
  },

  async settle(db, taken, refused) {
    const takenBy = new Map<MemberId, OutboxRow[]>();
    for (const row of taken)
      if (row.memberId) takenBy.set(row.memberId, [...(takenBy.get(row.memberId) ?? []), row]);
    const refusedMembers = new Set<MemberId>();
    for (const row of refused) {
      const kind = row.mutation.kind;
      if (kind === 'member.delete' || kind === 'member.erase') {
        // The member is already gone from this tablet and only the server still has it.
        await writeMeta(db, 'resyncNeeded', true);
      } else if (row.memberId) refusedMembers.add(row.memberId);
    }

    for (const id of new Set([...takenBy.keys(), ...refusedMembers])) {
      const row = await db.members.get(id);
      if (!row) continue;
      let base: MemberBase | null = row.base === undefined ? baseOfRow(row) : row.base;
      for (const t of takenBy.get(id) ?? []) base = replayPending(base, [t]);
      const pending = await pendingMemberChanges(db, id);
      const keepBase = pending.length > 0 ? base : undefined;
      if (!refusedMembers.has(id)) {
        const shown = { ...row, base: keepBase };
        if (keepBase === undefined) delete shown.base;
        await db.members.put(shown);
        continue;
      }
      const shown = replayPending(base, pending);
      if (shown) await db.members.put(memberRow(shown, row.lastVisitAt, keepBase));
      else await db.members.delete(id);
    }
  },

  async rebuild(db, pending) {
    const rows: MemberRow[] = [];
    for (const changes of groupByMember(pending).values()) {
      const shown = replayPending(null, changes);
      if (shown) rows.push(memberRow(shown, 0, null));
    }
    await db.members.bulkPut(rows);
    await refreshLastVisit(
      db,
      rows.map((r) => r.id),
    );
  },
};

function groupByMember(rows: readonly OutboxRow[]): Map<MemberId, OutboxRow[]> {
  const by = new Map<MemberId, OutboxRow[]>();
  for (const row of rows) {
    if (row.type !== 'member' || !row.memberId) continue;
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
    await forgetRecordsOf(db, change.id);
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
