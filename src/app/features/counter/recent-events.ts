import type { MemberId } from '../../../shared/schemas/ids.schema';
import { eventsOfMembers, membersOfEvents, onEventsChanged } from '../../db/counter-queries';
import type { EventRow, FloorbookDb } from '../../db/floorbook-db';
import { onePerDatabase } from '../../db/one-per-database';

export interface RecentEvents {
  /** The list of members these events are of, joined as it was asked for. */
  idsKey: string;
  /**
   * Each member's events, in the order asked for. A member's list is the same array until a write
   * drops her, so what is worked out from it can be kept by it (member-shares.ts).
   */
  byMember: ReadonlyMap<MemberId, readonly EventRow[]>;
}

/**
 * The events of the members the counter asks for, kept by member for as long as the tablet runs:
 * asked again (the counter opened again, the list grown by one), only members not held are read.
 * A written event drops its member, so she is read again when next asked for; a write Dexie
 * reports only as a range (a pulled page of 50 or more) drops them all. At 50,000 members the
 * members who came lately hold tens of thousands of events: reading them all again on every
 * opening and every purchase took the counter far past its budget (docs/benchmarks.md).
 */
export interface RecentEventsKeeper {
  /** These members' events, reading the ones not held; reads run one after another. */
  read(ids: readonly MemberId[], idsKey: string): Promise<RecentEvents>;
  /** Calls `changed` after a write dropped held members; returns the stop function. */
  onDropped(changed: () => void): () => void;
}

function openKeeper(db: FloorbookDb): RecentEventsKeeper {
  const byMember = new Map<MemberId, EventRow[]>();
  const listeners = new Set<() => void>();
  let queue = Promise.resolve();
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const done = queue.then(work);
    queue = done.then(
      () => undefined,
      () => undefined,
    );
    return done;
  };
  onEventsChanged(db, (eventIds) => {
    void inTurn(async () => {
      if (eventIds === null) {
        byMember.clear();
        return true;
      }
      const members = (await membersOfEvents(db, eventIds)).filter((id) => byMember.delete(id));
      return members.length > 0;
    }).then(
      (dropped) => {
        if (dropped) for (const changed of listeners) changed();
      },
      () => undefined,
    );
  });
  return {
    read: (ids, idsKey) =>
      inTurn(async () => {
        const wanted = new Set(ids);
        for (const id of byMember.keys()) if (!wanted.has(id)) byMember.delete(id);
        const missing = ids.filter((id) => !byMember.has(id));
        for (const id of missing) byMember.set(id, []);
        for (const e of await eventsOfMembers(db, missing)) byMember.get(e.memberId)?.push(e);
        return { idsKey, byMember: new Map(ids.map((id) => [id, byMember.get(id) ?? []])) };
      }),
    onDropped: (changed) => {
      listeners.add(changed);
      return () => listeners.delete(changed);
    },
  };
}

/** The one keeper of this database, opened on first use. */
export const recentEventsFor = onePerDatabase(openKeeper);
