import { useEffect, useState } from 'react';
import { useSyncStatus } from '../tablet/tablet-context';
import { SyncStatusPill } from './sync-status-view';
import { useOnline } from './use-online';

const TICK_MS = 30_000;

/** The top bar's sync pill: the engine's status, offline at once when the browser says so, ages kept fresh. */
export function SyncStatusBar() {
  const status = useSyncStatus();
  const online = useOnline();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), TICK_MS);
    return () => window.clearInterval(timer);
  }, []);
  return <SyncStatusPill status={{ ...status, online: online && status.online }} now={now} />;
}
