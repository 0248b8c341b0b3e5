import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useRevocation } from '../../state/revoked.state';
import './revoked.css';

/**
 * After a revocation: a full screen saying what happened, before anything else an unenrolled
 * tablet shows; "continue" goes on to `children` (set-up).
 */
export function RevokedNotice({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const notice = useRevocation((s) => s.notice);
  const dismissed = useRevocation((s) => s.dismissed);
  if (!notice) return children;
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(
    notice.at,
  );
  return (
    <div className="revoked">
      <section className="card revoked-card" role="alert" aria-labelledby="revoked-title">
        <h1 id="revoked-title">{t('access.revoked.title')}</h1>
        <p className="revoked-body">{t('access.revoked.body', { store: notice.storeName, date })}</p>
        <p className="hint">{t('access.revoked.hint')}</p>
        <button type="button" className="btn btn-primary" onClick={dismissed}>
          {t('access.revoked.continue')}
        </button>
      </section>
    </div>
  );
}
