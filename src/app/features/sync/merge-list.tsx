import { useState } from 'react';
import { Link } from 'react-router';
import { useAdminTranslation } from '../../i18n/admin-messages';
import { maskPhone } from '../../../shared/domain/phone';
import { confirmMerge, fetchMergesForReview } from '../../api/merge.api';
import { errorText } from '../admin/error-text';
import { useAdminCall, useAdminLoad } from '../admin/use-admin-api';
import { formatLocalDay } from '../../i18n/format-date';

/** The merges waiting for review; confirming one reads the list again. */
export function MergeList() {
  const { t, i18n } = useAdminTranslation();
  const run = useAdminCall();
  const { load, reload } = useAdminLoad(fetchMergesForReview);
  const [error, setError] = useState<string | null>(null);
  // The merge being confirmed: a second tap must not send it twice.
  const [confirming, setConfirming] = useState<string | null>(null);

  const confirm = (absorbedId: string) => {
    setError(null);
    setConfirming(absorbedId);
    void run((auth) => confirmMerge(auth, absorbedId)).then((r) => {
      setConfirming(null);
      if (r.ok) reload();
      else setError(errorText(t, r));
    });
  };

  if (load.kind === 'loading') return null;
  if (load.kind === 'failed') {
    return (
      <p className="hint">
        {load.refusal.error.code === 'network' ? t('syncPage.merges.offline') : errorText(t, load.refusal)}
      </p>
    );
  }
  if (load.value.merges.length === 0) return <p className="hint">{t('syncPage.merges.none')}</p>;
  return (
    <>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <ul className="merge-list">
        {load.value.merges.map((m) => (
          <li key={m.absorbedId}>
            <span>
              {m.survivor
                ? t('syncPage.merges.entry', {
                    name: m.survivor.name,
                    phone: maskPhone(m.survivor.phone),
                    cardNo: m.survivor.cardNo,
                    date: formatLocalDay(m.mergedAt, i18n.language),
                  })
                : t('syncPage.merges.gone')}
            </span>
            {m.survivor && (
              <Link className="btn" to={`/members/${m.survivor.id}`}>
                {t('syncPage.merges.open')}
              </Link>
            )}
            <button
              type="button"
              className="btn"
              disabled={confirming === m.absorbedId}
              onClick={() => confirm(m.absorbedId)}
            >
              {t('syncPage.merges.confirm')}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
