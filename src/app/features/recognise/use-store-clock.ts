import { useEffect, useMemo, useState } from 'react';
import type { StoreClock } from '../../../shared/domain/calendar-day';
import { storeClockIn } from '../../../shared/domain/time-zone';
import { useStoreSettings } from '../store-settings/use-store-settings';

/**
 * The store's clock: the tablet's time in the store's own time zone (its settings), refreshed
 * every minute so "today" stays true on a page left open. The tablet's own zone plays no part,
 * so every tablet and the server agree on the day.
 */
export function useStoreClock(everyMs = 60_000): StoreClock {
  const [now, setNow] = useState(() => Date.now());
  const { timeZone } = useStoreSettings();
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return useMemo(() => storeClockIn(timeZone, now), [timeZone, now]);
}
