import { useId, useState, type SyntheticEvent } from 'react';
import { useAdminTranslation } from '../../i18n/admin-messages';
import { downloadExport } from '../../api/export.api';
import { errorText } from '../admin/error-text';
import { useAdminCall } from '../admin/use-admin-api';

/** ExportRequest asks at least this much of a reason. */
const MIN_REASON = 4;

/** A reason, a clear word that the export is logged, and the download. */
export function ExportForm() {
  const { t } = useAdminTranslation();
  const id = useId();
  const run = useAdminCall();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ready = reason.trim().length >= MIN_REASON;

  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    if (!ready || busy) return;
    setBusy(true);
    setDone(null);
    setError(null);
    void run((auth) => downloadExport(auth, { reason: reason.trim() })).then((r) => {
      setBusy(false);
      if (r.ok) setDone(t('admin.export.done', { file: r.value.fileName }));
      else setError(errorText(t, r));
    });
  };

  return (
    <form className="card" onSubmit={submit} noValidate aria-busy={busy}>
      <p>{t('admin.export.lead')}</p>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('admin.export.reason')}</label>
        <textarea
          id={`${id}-reason`}
          className="export-reason"
          value={reason}
          maxLength={200}
          aria-describedby={`${id}-hint ${id}-logged`}
          onChange={(e) => setReason(e.target.value)}
        />
        <p id={`${id}-hint`} className="hint">
          {t('admin.export.reasonHint')}
        </p>
      </div>
      <p id={`${id}-logged`}>
        <strong>{t('admin.export.logged')}</strong>
      </p>
      <p className="hint">{t('admin.export.care')}</p>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <p className="admin-ok" role="status">
        {done}
      </p>
      <button type="submit" className="btn btn-primary" disabled={!ready || busy}>
        {busy ? t('admin.export.busy') : t('admin.export.submit')}
      </button>
    </form>
  );
}
