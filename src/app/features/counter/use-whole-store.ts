import { useEffect, useState } from 'react';
import type { EventRow, MemberRow } from '../../db/floorbook-db';
import { useTablet } from '../../tablet/tablet-context';
import { onMembersOrEventsChanged, wholeStore } from '../../db/counter-queries';

export interface WholeStore {
  members: MemberRow[];
  events: EventRow[];
}

// The whole store takes a second or two to read at 50,000 members: read again after a change,
// but not more often than this, so a sync pulling page after page does not keep the tablet busy.
const MIN_GAP_MS = 5_000;

/**
 * Every member and event, for the week, month and KPI screens (they compare with last year, so
 * they need most of the history anyway), read again when members or events change.
 */
export function useWholeStore(): WholeStore | undefined {
  const { db } = useTablet();
  const [store, setStore] = useState<WholeStore>();
  useEffect(() => {
    let live = true;
    let reading = false;
    let again = false;
    let lastRead = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = () => {
      if (reading) {
        again = true;
        return;
      }
      reading = true;
      lastRead = Date.now();
      wholeStore(db).then(
        (s) => {
          reading = false;
          if (!live) return;
          setStore(s);
          if (again) {
            again = false;
            schedule();
          }
        },
        () => (reading = false),
      );
    };
    const schedule = () => {
      if (timer !== undefined) return;
      timer = setTimeout(
        () => {
          timer = undefined;
          read();
        },
        Math.max(0, lastRead + MIN_GAP_MS - Date.now()),
      );
    };
    const stop = onMembersOrEventsChanged(db, schedule);
    read();
    return () => {
      live = false;
      clearTimeout(timer);
      stop();
    };
  }, [db]);
  return store;
}
