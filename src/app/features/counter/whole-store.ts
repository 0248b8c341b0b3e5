import {
  membersAndEventsById,
  onMembersOrEventsChanged,
  wholeStore,
  type RowsChanged,
} from '../../db/counter-queries';
import type { EventRow, FloorbookDb, MemberRow } from '../../db/floorbook-db';
import { onePerDatabase } from '../../db/one-per-database';

export interface WholeStore {
  /** Every member and every event, each in the order of its table's key, as a read of the tables gives. */
  members: readonly MemberRow[];
  events: readonly EventRow[];
}

/**
 * Every member and event, for the week, month and KPI screens (they compare with last year, so
 * they need most of the history anyway), held between screens: one read serves every tab, and a
 * write that names its rows (a purchase, a sign-up, an edit) is patched in by reading those rows
 * alone. A write Dexie reports only as a range (a pulled page of 50 rows or more) reads the whole
 * store again, at most every MIN_GAP_MS. At 50,000 members and 250,000 events the whole read took
 * 4-12 s on the benchmark's loaded machine, on every opening of a tab (docs/benchmarks.md).
 */
export interface WholeStoreKeeper {
  subscribe: (changed: () => void) => () => void;
  /** The store as last read and patched; undefined until the first read answers. */
  current: () => WholeStore | undefined;
}

// Read again after a range write, but not more often than this, so a sync pulling page after
// page does not keep the tablet busy.
const MIN_GAP_MS = 5_000;
// Held this long after the last screen using it closes: a manager going from tab to tab, or to a
// profile and back, reads nothing again; an idle tablet gives the memory back.
const HOLD_MS = 5 * 60_000;

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** `rows` with `ids` set to what `read` holds of them (left out when not stored); `rows` is not changed. */
export function patchRows<T extends { id: string }>(
  rows: readonly T[],
  ids: readonly string[],
  read: readonly T[],
): T[] {
  if (ids.length === 0) return rows as T[];
  const found = new Map(read.map((r) => [r.id, r]));
  const next = [...rows];
  for (const id of new Set(ids)) {
    let lo = 0;
    let hi = next.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((next[mid] as T).id < id) lo = mid + 1;
      else hi = mid;
    }
    const row = found.get(id);
    const here = next[lo]?.id === id;
    if (row) next.splice(lo, here ? 1 : 0, row);
    else if (here) next.splice(lo, 1);
  }
  return next;
}

function openKeeper(db: FloorbookDb): WholeStoreKeeper {
  const listeners = new Set<() => void>();
  let store: WholeStore | undefined;
  let stopWatching: (() => void) | undefined;
  let dropTimer: ReturnType<typeof setTimeout> | undefined;
  let rereadTimer: ReturnType<typeof setTimeout> | undefined;
  let lastRead = 0;
  let queue = Promise.resolve();
  // Reads and patches run one after another, so a patch lands on the read it follows.
  const inTurn = (work: () => Promise<WholeStore | undefined>) => {
    queue = queue
      .then(work)
      .then((next) => {
        if (!next || !stopWatching) return;
        store = next;
        for (const changed of listeners) changed();
      })
      .catch(() => undefined);
  };
  const readAll = () =>
    inTurn(async () => {
      lastRead = Date.now();
      const { members, events } = await wholeStore(db);
      // The tables give their rows by key; sorted again only to be sure patches can find theirs.
      return { members: members.sort(byId), events: events.sort(byId) };
    });
  const rereadSoon = () => {
    if (rereadTimer !== undefined) return;
    rereadTimer = setTimeout(
      () => {
        rereadTimer = undefined;
        readAll();
      },
      Math.max(0, lastRead + MIN_GAP_MS - Date.now()),
    );
  };
  const onChanged = ({ members, events }: RowsChanged) => {
    if (members === null || events === null) return rereadSoon();
    inTurn(async () => {
      if (!store) return undefined;
      const read = await membersAndEventsById(db, members, events);
      const held = store;
      return {
        members: patchRows(held.members, members, read.members),
        events: patchRows(held.events, events, read.events),
      };
    });
  };
  const drop = () => {
    stopWatching?.();
    stopWatching = undefined;
    clearTimeout(rereadTimer);
    rereadTimer = undefined;
    store = undefined;
  };
  return {
    subscribe: (changed) => {
      listeners.add(changed);
      clearTimeout(dropTimer);
      if (!stopWatching) {
        stopWatching = onMembersOrEventsChanged(db, onChanged);
        readAll();
      }
      return () => {
        listeners.delete(changed);
        if (listeners.size === 0) dropTimer = setTimeout(drop, HOLD_MS);
      };
    },
    current: () => store,
  };
}

/** The one keeper of this database's whole store, opened on first use. */
export const wholeStoreFor = onePerDatabase(openKeeper);
