import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSyncStatus } from '../tablet/tablet-context';
import { SyncStatusPill, pillStatus } from './sync-status-view';
import { useOnline } from './use-online';
import './sync-status-bar.css';

const TICK_MS = 30_000;

/** The current time, refreshed every half minute so "5 分钟前" stays true. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), TICK_MS);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/**
 * The top bar's sync pill: the engine's status, offline when the browser says so, ages
 * kept fresh. A tap opens the sync page, where each problem is explained.
 */
export function SyncStatusBar() {
  const { t } = useTranslation();
  const status = useSyncStatus();
  const online = useOnline();
  const now = useNow();
  return (
    <Link to="/sync" className="pill-link">
      <SyncStatusPill status={pillStatus(status, online)} now={now} />
      <span className="sr-only">{t('syncPage.openFromPill')}</span>
      <span className="pill-chevron" aria-hidden="true">
        ›
      </span>
    </Link>
  );
}
