import { useId, useState } from 'react';
import { useSyncPageTranslation } from '../../i18n/sync-page-messages';
import { usePendingCount, useResetTablet } from './queries';
import './sync.css';

type Notice = 'recount' | 'failed' | null;

/**
 * Wipe this tablet and forget its enrolment. Unsynced changes would be lost for good, so their
 * exact count is shown first and must be acknowledged; the wipe itself refuses if more wait by then.
 */
export function ResetTablet() {
  const { t } = useSyncPageTranslation();
  const id = useId();
  const pending = usePendingCount();
  const reset = useResetTablet();
  const [confirming, setConfirming] = useState(false);
  // The count staff agreed to lose; a different count needs agreeing to again.
  const [acknowledged, setAcknowledged] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);

  const cancel = () => {
    setConfirming(false);
    setAcknowledged(null);
    setNotice(null);
  };

  const confirm = (count: number) => {
    setBusy(true);
    setNotice(null);
    reset(count).then(
      (outcome) => {
        if (outcome.reset) return;
        setBusy(false);
        setAcknowledged(null);
        setNotice('recount');
      },
      () => {
        setBusy(false);
        setNotice('failed');
      },
    );
  };

  return (
    <section className="card sync-card reset-tablet" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('syncPage.reset.title')}</h2>
      <p className="hint">{t('syncPage.reset.intro')}</p>
      {!confirming ? (
        <button type="button" className="btn btn-danger-outline" onClick={() => setConfirming(true)}>
          {t('syncPage.reset.start')}
        </button>
      ) : pending === undefined ? null : (
        <div className="reset-confirm" role="group" aria-labelledby={`${id}-question`}>
          {pending > 0 ? (
            <>
              <p id={`${id}-question`} className="reset-warning" role="alert">
                {t('syncPage.reset.pending', { count: pending })}
              </p>
              <p className="hint">{t('syncPage.reset.pendingHint')}</p>
              <label className="reset-acknowledge">
                <input
                  type="checkbox"
                  checked={acknowledged === pending}
                  onChange={(e) => setAcknowledged(e.target.checked ? pending : null)}
                />
                {t('syncPage.reset.acknowledge', { count: pending })}
              </label>
            </>
          ) : (
            <p id={`${id}-question`}>{t('syncPage.reset.question')}</p>
          )}
          {notice && (
            <p className="error-text" role="alert">
              {t(`syncPage.reset.${notice}`)}
            </p>
          )}
          <div className="sync-actions">
            <button
              type="button"
              className="btn btn-danger"
              disabled={busy || (pending > 0 && acknowledged !== pending)}
              onClick={() => confirm(pending)}
            >
              {pending > 0
                ? t('syncPage.reset.confirmLosing', { count: pending })
                : t('syncPage.reset.confirm')}
            </button>
            <button type="button" className="btn" onClick={cancel}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
