import { useId } from 'react';
import { useSyncPageTranslation } from '../../i18n/sync-page-messages';
import { CLOCK_WARNING_MINUTES, type SyncStatus } from '../../sync/sync-status';
import { ago } from '../../ui/sync-status-view';
import { downloadCounts } from '../../ui/download-counts';

/** Where sync stands, in plain words: network, what waits and since when, last sync, the problem and what to do. */
export function SyncOverview({ status, now }: { status: SyncStatus; now: number }) {
  const { t, i18n } = useSyncPageTranslation();
  const id = useId();
  const number = new Intl.NumberFormat(i18n.language);
  const downloadText = (progress: NonNullable<SyncStatus['progress']>) => {
    const { kind, done, total } = downloadCounts(progress);
    const key = kind === 'rows' ? 'count' : kind;
    return t(`syncPage.download.${key}`, { done: number.format(done), total: number.format(total) });
  };
  const waiting =
    status.pending === 0
      ? t('syncPage.waitingNone')
      : t('syncPage.waitingSome', {
          count: status.pending,
          age: status.oldestPendingAt === null ? '' : ago(t, status.oldestPendingAt, now),
        });
  const lastSynced = status.lastSyncedAt === null ? t('syncPage.never') : ago(t, status.lastSyncedAt, now);
  return (
    <section className="card sync-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('syncPage.now')}</h2>
      <dl className="sync-facts">
        <dt>{t('syncPage.connection')}</dt>
        <dd>
          <span className="sync-dot" data-state={status.online ? 'ok' : 'warn'} aria-hidden="true" />
          {status.online ? t('syncPage.online') : t('syncPage.offline')}
        </dd>
        <dt>{t('syncPage.waiting')}</dt>
        <dd>{waiting}</dd>
        <dt>{t('syncPage.lastSynced')}</dt>
        <dd>
          {lastSynced}
          {status.syncing && <span className="hint"> · {t('syncPage.syncing')}</span>}
        </dd>
        <dt>{t('syncPage.problem')}</dt>
        <dd>
          {status.error === null ? (
            t('syncPage.noProblem')
          ) : (
            <>
              <strong className="sync-problem">{t(`sync.errors.${status.error}`)}</strong>
              <span className="sync-advice">{t(`syncPage.advice.${status.error}`)}</span>
            </>
          )}
        </dd>
      </dl>
      {status.progress && (
        <div className="sync-download">
          <span id={`${id}-download`}>{t('syncPage.download.title')}</span>
          <progress
            aria-labelledby={`${id}-download`}
            max={status.progress.total}
            value={status.progress.done}
          />
          <span>{downloadText(status.progress)}</span>
        </div>
      )}
      {status.resynced && <p className="hint">{t('syncPage.resynced')}</p>}
      {Math.abs(status.clockAheadMinutes) >= CLOCK_WARNING_MINUTES && (
        <p className="sync-problem" role="status">
          {t(status.clockAheadMinutes > 0 ? 'syncPage.clock.ahead' : 'syncPage.clock.behind', {
            count: Math.abs(status.clockAheadMinutes),
          })}
        </p>
      )}
    </section>
  );
}
