import { useEffect, useMemo, useState } from 'react';
import type { StoreClock } from '../../../shared/domain/calendar-day';

/**
 * The tablet's clock as the store's, refreshed every minute so "today" stays true on a page
 * left open. The tablet stands in the store, so its time zone is the store's.
 */
export function useStoreClock(everyMs = 60_000): StoreClock {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return useMemo(() => ({ now, timeZoneOffsetMinutes: -new Date(now).getTimezoneOffset() }), [now]);
}
