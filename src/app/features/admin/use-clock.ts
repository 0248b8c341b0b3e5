import { useEffect, useState } from 'react';

/** The current time, refreshed every `everyMs`: for countdowns and for noticing an expired session. */
export function useClock(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** "Last online 5 minutes ago" needs no finer clock than this. */
const AGE_TICK_MS = 30_000;

/** The current time for the ages a list shows (last seen, last used). */
export function useAgeClock(): number {
  return useClock(AGE_TICK_MS);
}
