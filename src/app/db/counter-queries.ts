import Dexie, { type ObservabilitySet } from 'dexie';
import type { EventId, MemberId } from '../../shared/schemas/ids.schema';
import type { EventRow, FloorbookDb, MemberRow } from './floorbook-db';
import { mutatedKeys } from './mutated-keys';

/*
 * The counter reads only what its figures need, through the indexes the tablet has (events by
 * member, members by id): never the whole events table for today's screen.
 */

/**
 * Every event of these members, member by member in the order asked: the counter takes them from
 * the in-memory roster's last visits. One request a member, all in one transaction: Dexie answers
 * `anyOf` by walking a cursor row by row in the page, where each member's request is one native
 * `getAll` of the index.
 */
export function eventsOfMembers(db: FloorbookDb, ids: readonly MemberId[]): Promise<EventRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.transaction('r', db.events, async () =>
    (await Promise.all(ids.map((id) => db.events.where('memberId').equals(id).toArray()))).flat(),
  );
}

export async function membersById(db: FloorbookDb, ids: readonly MemberId[]): Promise<MemberRow[]> {
  return (await db.members.bulkGet([...ids])).filter((m): m is MemberRow => m !== undefined);
}

/*
 * Members and events get UUIDv7 ids made on the tablet as they are recorded, so an id starts with
 * that moment's time: the rows recorded since an instant are among those whose id is above that
 * instant's, a range of the primary key (neither table has an index by time). A row's own time
 * (createdAt, at) comes from the tablet's clock corrected by the server's, its id from the
 * uncorrected clock, so the range starts a week early and callers filter by the row's time (a
 * tablet whose clock is more than a week slow would have its rows missed here). Rows whose ids
 * were made later than their time (a server-side import) are found too, and filtered out.
 */
const CLOCK_SLACK_MS = 7 * 86_400_000;

function uuidV7Floor(ms: number): string {
  const hex = Math.max(0, Math.floor(ms)).toString(16).padStart(12, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-0000-0000-000000000000`;
}

const recordedSince = <T>(
  table: { where(index: string): { aboveOrEqual(key: string): { toArray(): Promise<T[]> } } },
  since: number,
) =>
  table
    .where(':id')
    .aboveOrEqual(uuidV7Floor(since - CLOCK_SLACK_MS))
    .toArray();

/** Every event recorded from `since` on (and some a little before: the caller windows by `at`). Voids made later are in it too. */
export const eventsRecordedSince = (db: FloorbookDb, since: number): Promise<EventRow[]> =>
  recordedSince<EventRow>(db.events, since);

/** The whole store, read together so members and events agree: for the period and KPI screens. */
export function wholeStore(db: FloorbookDb): Promise<{ members: MemberRow[]; events: EventRow[] }> {
  return db.transaction('r', [db.members, db.events], async () => ({
    members: await db.members.toArray(),
    events: await db.events.toArray(),
  }));
}

/** These members and events, read together so they agree; an id no longer stored is left out. */
export function membersAndEventsById(
  db: FloorbookDb,
  memberIds: readonly string[],
  eventIds: readonly string[],
): Promise<{ members: MemberRow[]; events: EventRow[] }> {
  return db.transaction('r', [db.members, db.events], async () => ({
    members: (await db.members.bulkGet(memberIds as MemberId[])).filter((m) => m !== undefined),
    events: (await db.events.bulkGet(eventIds as EventId[])).filter((e) => e !== undefined),
  }));
}

/** The ids a write named in each table, in this tab or another; null for a table Dexie names a range of. */
export interface RowsChanged {
  members: string[] | null;
  events: string[] | null;
}

/** Calls `changed` whenever members or events change, in this tab or another; returns the stop function. */
export function onMembersOrEventsChanged(db: FloorbookDb, changed: (rows: RowsChanged) => void): () => void {
  const members = `idb://${db.name}/members/`;
  const events = `idb://${db.name}/events/`;
  const onMutated = (parts: ObservabilitySet) => {
    const m = parts[members];
    const e = parts[events];
    if (m || e) changed({ members: m ? mutatedKeys(m) : [], events: e ? mutatedKeys(e) : [] });
  };
  Dexie.on('storagemutated', onMutated);
  return () => Dexie.on.storagemutated.unsubscribe(onMutated);
}

/**
 * Calls `changed` with the ids of the events written, in this tab or another, or with null when
 * Dexie names a range instead (a bulk write, a clear); returns the stop function.
 */
export function onEventsChanged(db: FloorbookDb, changed: (ids: string[] | null) => void): () => void {
  const part = `idb://${db.name}/events/`;
  const onMutated = (parts: ObservabilitySet) => {
    const tree = parts[part];
    if (tree) changed(mutatedKeys(tree));
  };
  Dexie.on('storagemutated', onMutated);
  return () => Dexie.on.storagemutated.unsubscribe(onMutated);
}

/** The members whose events these are; an id no longer stored is left out. */
export async function membersOfEvents(db: FloorbookDb, ids: readonly string[]): Promise<MemberId[]> {
  const rows = await db.events.bulkGet(ids as EventId[]);
  return [...new Set(rows.flatMap((e) => (e ? [e.memberId] : [])))];
}
