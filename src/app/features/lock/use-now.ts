import { useCallback, useEffect, useState } from 'react';

/**
 * Tablet time, refreshed every `everyMs`, at once when the tablet wakes, and whenever `refresh`
 * is called (after something that a countdown starts from).
 */
export function useNow(everyMs: number): [now: number, refresh: () => void] {
  const [now, setNow] = useState(() => Date.now());
  const refresh = useCallback(() => setNow(Date.now()), []);
  useEffect(() => {
    const timer = window.setInterval(refresh, everyMs);
    const onVisible = () => document.visibilityState === 'visible' && refresh();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [everyMs, refresh]);
  return [now, refresh];
}
