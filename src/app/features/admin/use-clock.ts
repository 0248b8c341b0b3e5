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
