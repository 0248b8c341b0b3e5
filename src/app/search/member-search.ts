import Dexie, { type ObservabilitySet } from 'dexie';
import type { MemberId } from '../../shared/schemas/ids.schema';
import type { SearchQuery } from '../../shared/domain/search-query';
import type { FloorbookDb } from '../db/floorbook-db';
import { MemberIndex, type IndexedMember, type SearchResult } from './member-index';
import { indexedMemberOf, RosterRead } from './roster-read';
import { readRosterKeys, saveRosterKeys } from '../db/roster-keys-store';
import { takeMembersWritten, type MembersWritten } from '../db/members-written';
import { mutatedKeys } from '../db/mutated-keys';

export { indexedMemberOf };

export interface MemberSearchState {
  /** Bumped whenever the index changes: results computed before are stale. */
  version: number;
  /** The whole roster has been read once; until then results may miss members. */
  ready: boolean;
  /** Members read so far of the first read, and how many there are. */
  loaded: number;
  total: number;
  /** The local database could not be read (closed for an upgrade, storage lost). */
  failed: boolean;
}

/** The tablet's roster, searchable within a frame, kept in step with the local database. */
export interface MemberSearch {
  getState: () => MemberSearchState;
  /** Called on every state change; returns the unsubscribe function (fits useSyncExternalStore). */
  subscribe: (listener: () => void) => () => void;
  search: (query: SearchQuery, limit?: number) => SearchResult;
  /** Every member the index holds now (the whole roster once `ready`), for lists worked out in memory. */
  roster: () => IndexedMember[];
  /** The member holding this card; asks the database while the index is still loading. */
  findByCard: (cardNo: string) => Promise<IndexedMember | null>;
  close: () => void;
}

// Rows per read: the browser turns each read into objects on the main thread, about 30 ms per
// 1,000 members on a 2-core machine, so a read stays short of a long task.
const PAGE_SIZE = 1000;
// Rows read go into the index in batches that grow with it (each batch costs a pass over the
// index), from one read up to this many: the first members are searchable after the first
// read, and 100,000 take about fifteen batches.
const MAX_READS_PER_BATCH = 8;
// Shortest pause between two full re-reads (see `openMemberSearch`).
const MIN_REREAD_GAP_MS = 250;
// The search keys are saved this long after the index last changed, so a sync pulling page after
// page saves once at the end, and the next start answers from them (decision 0007).
const SAVE_DELAY_MS = 5_000;
// While a download streams pages, they go into the index together at most this long after the
// first: each batch rebuilds the index's keys, and one rebuild a second serves as well as five.
const TOLD_BATCH_MS = 1_000;

/**
 * Answer at once from the search keys saved at the last run, if any; read the roster into a
 * `MemberIndex` page by page all the same (answers start with the first page, with progress, when
 * nothing was saved), which corrects whatever changed since the keys were saved; then follow every change to the members table, made in this tab or another
 * (Dexie's `storagemutated` event covers both): changed members are read again by id. A change
 * Dexie reports only as a range (a bulk write of 50 rows or more, a clear) makes a full re-read,
 * which keeps unchanged members as they are and drops members gone from the table; re-reads are
 * spaced so they take at most half the time. A pulled page stored by this tab's sync engine comes
 * with its own account of what it wrote (members-written.ts) and is applied without any read.
 */
export function openMemberSearch(
  db: FloorbookDb,
  options: { pageSize?: number; saveDelayMs?: number } = {},
): MemberSearch {
  const pageSize = options.pageSize ?? PAGE_SIZE;
  const saveDelayMs = options.saveDelayMs ?? SAVE_DELAY_MS;
  const index = new MemberIndex();
  const listeners = new Set<() => void>();
  let state: MemberSearchState = { version: 0, ready: false, loaded: 0, total: 0, failed: false };
  const publish = (patch: Partial<MemberSearchState>) => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  };

  const changedIds = new Set<MemberId>();
  // Pulled pages stored by this tab, as they told it (members-written.ts): applied without a read.
  const written: MembersWritten[] = [];
  const hasChanges = () => changedIds.size > 0 || written.length > 0;
  let pass: { read: RosterRead; seen: Set<MemberId>; rows: IndexedMember[]; startedAt: number } | null = null;
  let passWanted = true;
  let nextPassAt = 0;
  let running = false;
  let closed = false;
  let savedKeysRead = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let toldTimer: ReturnType<typeof setTimeout> | undefined;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;

  const part = `idb://${db.name}/members/`;
  const onMutated = (parts: ObservabilitySet) => {
    const page = takeMembersWritten(db, parts);
    if (page) {
      written.push(page);
      if (!page.more) {
        clearTimeout(toldTimer);
        toldTimer = undefined;
        void work();
      } else
        toldTimer ??= setTimeout(() => {
          toldTimer = undefined;
          void work();
        }, TOLD_BATCH_MS);
      return;
    }
    const tree = parts[part];
    if (!tree) return;
    const keys = mutatedKeys(tree);
    if (keys) for (const key of keys) changedIds.add(key as MemberId);
    else passWanted = true;
    void work();
  };
  Dexie.on('storagemutated', onMutated);

  const applied = (upserts: IndexedMember[], removals: MemberId[] = []) => {
    if (pass) for (const m of upserts) pass.seen.add(m.id);
    return index.apply(upserts, removals);
  };

  /** Put the rows this pass has read into the index, before anything read after them. */
  const flushPass = () => {
    if (!pass || pass.rows.length === 0) return false;
    const rows = pass.rows;
    pass.rows = [];
    return applied(rows);
  };

  async function readSavedKeys(): Promise<void> {
    savedKeysRead = true;
    const saved = await readRosterKeys(db).catch(() => null);
    if (saved && saved.length > 0 && applied(saved))
      publish({ version: state.version + 1, ready: true, loaded: index.size, total: index.size });
  }

  const scheduleSave = () => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => void save(), saveDelayMs);
  };

  async function save(): Promise<void> {
    if (closed) return;
    // Only a whole, settled index is saved: never one half-way through a read or behind a change.
    if (running || pass || passWanted || hasChanges()) return scheduleSave();
    const members = () => index.members();
    await saveRosterKeys(db, members).catch(() => undefined);
  }

  async function refresh(): Promise<void> {
    // A page already in flight was read before these rows: it goes in first.
    if (pass?.read.reading) pass.rows.push(...(await pass.read.take(false)));
    flushPass();
    // Told first, read second: what is read by id now is at least as new as any page told.
    const told = toldChanges(written.splice(0), (id) => index.get(id));
    const ids = [...changedIds];
    changedIds.clear();
    const rows = await db.members.bulkGet(ids);
    rows.forEach((row, i) => {
      const id = ids[i] as MemberId;
      told.set(id, row ? indexedMemberOf(row) : null);
    });
    const upserts = [...told.values()].flatMap((m) => (m ? [m] : []));
    const removals = [...told].flatMap(([id, m]) => (m ? [] : [id]));
    if (!applied(upserts, removals)) return;
    // Once the roster is read, the count follows every change (a member signed up or deleted).
    publish({ version: state.version + 1, ...(state.ready && { loaded: index.size, total: index.size }) });
    if (state.ready) scheduleSave();
  }

  async function startPass(): Promise<void> {
    passWanted = false;
    pass = { read: new RosterRead(db, pageSize), seen: new Set(), rows: [], startedAt: performance.now() };
    if (!state.ready) publish({ total: await db.members.count() });
  }

  async function readPage(current: NonNullable<typeof pass>): Promise<void> {
    if (!current.read.done) current.rows.push(...(await current.read.take(true)));
    if (!current.read.done) {
      const batch = Math.min(MAX_READS_PER_BATCH * pageSize, Math.max(pageSize, index.size / 2));
      if (current.rows.length < batch) return;
      const changed = flushPass();
      const loaded = current.seen.size;
      if (!state.ready) publish({ version: state.version + 1, loaded, total: Math.max(state.total, loaded) });
      else if (changed) publish({ version: state.version + 1 });
      return;
    }
    flushPass();
    pass = null;
    const gone = [...index.memberIds()].filter((id) => !current.seen.has(id));
    index.apply([], gone);
    const took = performance.now() - current.startedAt;
    nextPassAt = performance.now() + Math.max(MIN_REREAD_GAP_MS, took);
    publish({ version: state.version + 1, ready: true, loaded: index.size, total: index.size });
    scheduleSave();
  }

  // One loop does every read and applies what it read in the order it was read, so the index
  // always moves from an older state of the table to a newer one. Changes and pages take turns,
  // so a stream of changes cannot hold up the first read of the roster.
  async function work(): Promise<void> {
    if (running || closed) return;
    running = true;
    let refreshed = false;
    try {
      while (!closed) {
        refreshed = savedKeysRead && hasChanges() && !(pass && refreshed);
        // The saved keys are the oldest state of all: they go in before any change or page.
        if (!savedKeysRead) await readSavedKeys();
        else if (refreshed) await refresh();
        else if (pass) await readPage(pass);
        else if (passWanted && performance.now() >= nextPassAt) await startPass();
        else break;
      }
      if (passWanted && !pass && !closed) {
        clearTimeout(timer);
        timer = setTimeout(() => void work(), nextPassAt - performance.now());
      }
    } catch {
      pass?.read.abandon();
      pass = null;
      publish({ failed: true });
    } finally {
      running = false;
    }
  }
  void work();

  return {
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    search: (query, limit) => index.search(query, limit),
    roster: () => index.members(),
    findByCard: async (cardNo) => {
      const found = index.search({ kind: 'card', cardNo }, 1).members[0];
      // While a read is under way the index may lack her (new since the saved keys): ask the rows.
      if (found || (state.ready && !pass)) return found ?? null;
      const row = await db.members.where('cardNo').equals(cardNo).first();
      return row ? indexedMemberOf(row) : null;
    },
    close: () => {
      closed = true;
      pass?.read.abandon();
      clearTimeout(timer);
      clearTimeout(toldTimer);
      clearTimeout(saveTimer);
      Dexie.on.storagemutated.unsubscribe(onMutated);
    },
  };
}

/**
 * The member ids a change names one by one, or null when it names a range: Dexie reports a
 * bulk write of 50 rows or more, or a clear, as a range of keys, not the keys themselves.
 */
/** Pages as told, oldest first, folded into each member's latest state (null: she left). */
function toldChanges(
  pages: readonly MembersWritten[],
  current: (id: MemberId) => IndexedMember | undefined,
): Map<MemberId, IndexedMember | null> {
  const latest = new Map<MemberId, IndexedMember | null>();
  for (const page of pages) {
    for (const row of page.rows) latest.set(row.id, indexedMemberOf(row));
    for (const id of page.removed) latest.set(id, null);
    for (const [id, lastVisitAt] of page.lastVisits) {
      const m = latest.has(id) ? latest.get(id) : current(id);
      if (m) latest.set(id, { ...m, lastVisitAt });
    }
  }
  return latest;
}

const searches = new WeakMap<FloorbookDb, MemberSearch>();

/** The one search over this database, opened (and its roster read) on first use. */
export function memberSearchFor(db: FloorbookDb): MemberSearch {
  let search = searches.get(db);
  if (!search) {
    const opened = openMemberSearch(db);
    search = {
      ...opened,
      close: () => {
        opened.close();
        searches.delete(db);
      },
    };
    searches.set(db, search);
  }
  return search;
}
