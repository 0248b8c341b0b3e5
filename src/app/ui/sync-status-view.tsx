import { useTranslation } from 'react-i18next';

/** What staff need to know about sync at a glance, from the sync engine's status. */
export interface SyncStatusView {
  /** Whether the browser has a network; whether the server answers is in `error`. */
  online: boolean;
  syncing: boolean;
  pending: number;
  /** When the oldest unsynced change was made, ms; null when nothing waits. */
  oldestPendingAt: number | null;
  lastSyncedAt: number | null;
  /** An i18n key under `sync.errors`, or null. */
  error: string | null;
  deadLetters: number;
  /** First download of the roster: rows done of total, or null when not downloading. */
  progress: { done: number; total: number } | null;
}

/**
 * What the pill shows of the engine's status. Offline is what the browser says: the engine also
 * marks itself offline when the server does not answer, but a tablet on the network whose server
 * is away is online, and the error beside it says the server cannot be reached (issue #17).
 */
export function pillStatus<S extends SyncStatusView>(engine: S, browserOnline: boolean): S {
  return { ...engine, online: browserOnline };
}

/** How long ago `since` was, in words: 刚刚, 5 分钟前, 2 小时前, 3 天前. */
export function ago(
  t: (key: string, o?: Record<string, unknown>) => string,
  since: number,
  now: number,
): string {
  const minutes = Math.floor((now - since) / 60_000);
  if (minutes < 1) return t('sync.justNow');
  if (minutes < 60) return t('sync.minutesAgo', { count: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return t('sync.hoursAgo', { count: hours });
  return t('sync.daysAgo', { count: Math.floor(hours / 24) });
}

/** Always in the top bar: online or not, what waits to sync and for how long, errors in plain words. */
export function SyncStatusPill({ status, now }: { status: SyncStatusView; now: number }) {
  const { t } = useTranslation();
  const state =
    status.error !== null || status.deadLetters > 0 ? 'error' : status.online ? 'online' : 'offline';
  const parts: string[] = [status.online ? t('network.online') : t('network.offline')];
  if (status.pending > 0) {
    const age = status.oldestPendingAt === null ? '' : ` · ${ago(t, status.oldestPendingAt, now)}`;
    parts.push(t('sync.pending', { count: status.pending }) + age);
  } else if (status.lastSyncedAt !== null) {
    parts.push(t('sync.lastSynced', { when: ago(t, status.lastSyncedAt, now) }));
  }
  if (status.deadLetters > 0) parts.push(t('sync.deadLetters', { count: status.deadLetters }));
  if (status.error !== null) parts.push(t(`sync.errors.${status.error}`));
  return (
    <span className="pill" role="status" aria-live="polite">
      <span className="pill-dot" data-state={state} aria-hidden="true" />
      {parts.join(' · ')}
      {status.progress && (
        <progress
          className="sync-progress"
          max={status.progress.total}
          value={status.progress.done}
          aria-label={t('sync.downloading')}
        />
      )}
    </span>
  );
}
