import { useId } from 'react';
import { useAdminTranslation } from '../../i18n/admin-messages';
import { errorText } from '../admin/error-text';
import { AuditRow } from './audit-row';
import { useAuditPages } from './use-audit-pages';
import { oneRowPerSignIn } from './one-sign-in';
import { useMemberNames } from './queries';

/** The audit log, newest first, a page at a time. */
export function AuditLog() {
  const { t } = useAdminTranslation();
  const id = useId();
  const { lines, before, started, busy, error, loadMore } = useAuditPages();
  const names = useMemberNames(lines.map((l) => l.memberId));
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="sr-only">
        {t('admin.audit.title')}
      </h2>
      <p className="hint">{t('admin.audit.lead')}</p>
      {started && lines.length === 0 && <p>{t('admin.audit.empty')}</p>}
      {lines.length > 0 && (
        <table className="audit-table" aria-labelledby={`${id}-title`}>
          <thead>
            <tr>
              <th scope="col">{t('admin.audit.columns.at')}</th>
              <th scope="col">{t('admin.audit.columns.action')}</th>
              <th scope="col">{t('admin.audit.columns.staff')}</th>
              <th scope="col">{t('admin.audit.columns.device')}</th>
              <th scope="col">{t('admin.audit.columns.member')}</th>
              <th scope="col">{t('admin.audit.columns.detail')}</th>
            </tr>
          </thead>
          <tbody>
            {oneRowPerSignIn(lines).map((line) => (
              <AuditRow
                key={line.id}
                line={line}
                memberName={line.memberId === null ? null : (names.get(line.memberId) ?? null)}
              />
            ))}
          </tbody>
        </table>
      )}
      {!started && busy && <p className="hint">{t('common.loading')}</p>}
      {error && (
        <p className="error-text" role="alert">
          {t('admin.loadFailed', { message: errorText(t, error) })}
        </p>
      )}
      <div className="admin-actions">
        {(!started || before !== null) && !(busy && !started) && (
          <button type="button" className="btn" disabled={busy} onClick={loadMore}>
            {busy ? t('admin.audit.loadingMore') : started ? t('admin.audit.more') : t('admin.retry')}
          </button>
        )}
        {started && before === null && lines.length > 0 && <p className="hint">{t('admin.audit.end')}</p>}
      </div>
    </section>
  );
}
