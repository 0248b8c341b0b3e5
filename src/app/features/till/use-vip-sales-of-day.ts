import { useCallback } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { addDays } from '../../../shared/domain/calendar-day';
import { liveEvents } from '../../../shared/domain/programme/live-events';
import { dayStartMs, storeDayKeyer } from '../../../shared/domain/counter/store-days';
import { vipFigures } from '../../../shared/domain/counter/vip-figures';
import { eventsRecordedSince } from '../../db/counter-queries';
import type { FloorbookDb } from '../../db/floorbook-db';
import { useTablet } from '../../tablet/tablet-context';
import { useStoreSettings } from '../store-settings/use-store-settings';

/** The members' sales of a store day (`YYYY-MM-DD`) as the tablet holds them, voids left out. */
async function vipSalesOfDay(db: FloorbookDb, key: string, timeZone: string): Promise<number> {
  const [year = 0, month = 0, day = 0] = key.split('-').map(Number);
  const from = { year, month, day };
  const window = { start: dayStartMs(from, timeZone), end: dayStartMs(addDays(from, 1), timeZone) };
  const events = await eventsRecordedSince(db, window.start);
  return vipFigures(liveEvents(events), window, storeDayKeyer(timeZone)).salesFen;
}

/** The day's members' sales, live, to show: a purchase recorded now counts at once. Undefined while reading or for no day. */
export function useVipSalesOfDay(key: string | null): number | undefined {
  const { db } = useTablet();
  const { timeZone } = useStoreSettings();
  return useLiveQuery(
    () => (key === null ? undefined : vipSalesOfDay(db, key, timeZone)),
    [db, key, timeZone],
  );
}

/**
 * Reads a day's members' sales when asked: a check made on saving waits for the figure rather
 * than taking the shown one, which may still be loading or be another day's.
 */
export function useReadVipSalesOfDay(): (key: string) => Promise<number> {
  const { db } = useTablet();
  const { timeZone } = useStoreSettings();
  return useCallback((key: string) => vipSalesOfDay(db, key, timeZone), [db, timeZone]);
}
