import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MergeForReview } from '../../../shared/schemas/merge.schema';
import { maskPhone } from '../../../shared/domain/phone';
import { confirmMerge, fetchMergesForReview } from '../../api/merge.api';
import { useSession } from '../../state/session.store';

type Load = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; merges: MergeForReview[] };

/**
 * For managers: duplicates the server merged (the same phone signed up on two tablets), to
 * confirm they were one person. Needs the network; the list lives on the server.
 */
export function MergeReview() {
  const { t, i18n } = useTranslation();
  const enrolment = useSession((s) => s.enrolment);
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const token = enrolment?.device.token ?? '';
  // Bumped after a confirmation, to read the list again.
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    void fetchMergesForReview(token, i18n.language).then((r) => {
      if (live) setLoad(r.ok ? { kind: 'ready', merges: r.value.merges } : { kind: 'failed' });
    });
    return () => {
      live = false;
    };
  }, [token, i18n.language, version]);
  if (!enrolment || enrolment.staff.role === 'associate') return null;
  return (
    <section className="card" aria-labelledby="merge-review-title">
      <h2 id="merge-review-title">{t('syncPage.merges.title')}</h2>
      <p className="hint">{t('syncPage.merges.lead')}</p>
      {load.kind === 'failed' && <p className="hint">{t('syncPage.merges.offline')}</p>}
      {load.kind === 'ready' && load.merges.length === 0 && (
        <p className="hint">{t('syncPage.merges.none')}</p>
      )}
      {load.kind === 'ready' && (
        <ul className="merge-list">
          {load.merges.map((m) => (
            <li key={m.absorbedId}>
              <span>
                {m.survivor
                  ? t('syncPage.merges.entry', {
                      name: m.survivor.name,
                      phone: maskPhone(m.survivor.phone),
                      cardNo: m.survivor.cardNo,
                      date: new Date(m.mergedAt).toLocaleDateString(i18n.language),
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
                onClick={() =>
                  void confirmMerge(token, m.absorbedId, enrolment.staff.id, i18n.language).then(() =>
                    setVersion((v) => v + 1),
                  )
                }
              >
                {t('syncPage.merges.confirm')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
