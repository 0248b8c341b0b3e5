import { useEffect, useRef, useState } from 'react';
import type { MemberId } from '../../../shared/schemas/ids.schema';
import { eventsOfMembers, membersOfEvents, onEventsChanged } from '../../db/counter-queries';
import type { EventRow, FloorbookDb } from '../../db/floorbook-db';
import { useTablet } from '../../tablet/tablet-context';

export interface RecentEvents {
  /** The list of members these events are of, joined as `useRecentEvents` was given it. */
  idsKey: string;
  events: EventRow[];
}

interface Held {
  byMember: Map<MemberId, EventRow[]>;
  ids: readonly MemberId[];
  idsKey: string;
  /** Reads run one after another, so a slow one never lands over a newer one. */
  queue: Promise<void>;
}

/** Read these members' events again into `held`, a member with none as an empty list. */
async function readMembers(db: FloorbookDb, held: Held, members: readonly MemberId[]): Promise<void> {
  for (const id of members) held.byMember.set(id, []);
  for (const e of await eventsOfMembers(db, members)) held.byMember.get(e.memberId)?.push(e);
}

const shownOf = (held: Held): RecentEvents => ({
  idsKey: held.idsKey,
  events: held.ids.flatMap((id) => held.byMember.get(id) ?? []),
});

/**
 * Every event of these members, kept by member between reads: a new list reads only the members
 * new to it, and a written event reads again only its member's events. At 50,000 members the
 * members who came lately hold tens of thousands of events; reading them all again after every
 * purchase took the counter's refresh far past its budget (docs/benchmarks.md). A write Dexie
 * reports only as a range (a pulled page of 50 or more) reads the whole list again.
 */
export function useRecentEvents(ids: readonly MemberId[]): RecentEvents | undefined {
  const { db } = useTablet();
  const idsKey = ids.join(',');
  const [shown, setShown] = useState<RecentEvents>();
  const held = useRef<Held>({ byMember: new Map(), ids, idsKey, queue: Promise.resolve() });

  useEffect(() => {
    const h = held.current;
    let live = true;
    const stop = onEventsChanged(db, (eventIds) => {
      h.queue = h.queue
        .then(async () => {
          if (eventIds === null) {
            h.byMember.clear();
            await readMembers(db, h, h.ids);
          } else {
            const members = (await membersOfEvents(db, eventIds)).filter((id) => h.byMember.has(id));
            if (members.length === 0) return;
            await readMembers(db, h, members);
          }
          if (live) setShown(shownOf(h));
        })
        .catch(() => undefined);
    });
    return () => {
      live = false;
      stop();
    };
  }, [db]);

  useEffect(() => {
    const h = held.current;
    let live = true;
    h.queue = h.queue
      .then(async () => {
        h.ids = ids;
        h.idsKey = idsKey;
        const wanted = new Set(ids);
        for (const id of h.byMember.keys()) if (!wanted.has(id)) h.byMember.delete(id);
        const missing = ids.filter((id) => !h.byMember.has(id));
        if (missing.length > 0) await readMembers(db, h, missing);
        if (live) setShown(shownOf(h));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
    // ids is keyed by idsKey: the same list again is the same list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db, idsKey]);

  return shown;
}
