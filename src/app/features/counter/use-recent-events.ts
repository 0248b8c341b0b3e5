import { useEffect, useState } from 'react';
import type { MemberId } from '../../../shared/schemas/ids.schema';
import { useTablet } from '../../tablet/tablet-context';
import { recentEventsFor, type RecentEvents } from './recent-events';

/** Every event of these members, live: held between openings of the counter (recent-events.ts). */
export function useRecentEvents(ids: readonly MemberId[]): RecentEvents | undefined {
  const { db } = useTablet();
  const idsKey = ids.join(',');
  const [shown, setShown] = useState<RecentEvents>();
  useEffect(() => {
    const keeper = recentEventsFor(db);
    let live = true;
    const read = () =>
      void keeper.read(ids, idsKey).then(
        (r) => live && setShown(r),
        () => undefined,
      );
    const stop = keeper.onDropped(read);
    read();
    return () => {
      live = false;
      stop();
    };
    // ids is keyed by idsKey: the same list again is the same list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db, idsKey]);
  return shown;
}
