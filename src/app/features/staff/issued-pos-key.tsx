import { useId, useState } from 'react';
import { useAdminTranslation } from '../../i18n/admin-messages';
import type { IssuedPosKey } from '../../../shared/schemas/pos.schema';

/**
 * The key, this once: the server keeps only its hash, so it is copied now or issued again.
 * The text can be selected by hand too, where the browser refuses the clipboard.
 */
export function IssuedPosKeyPanel({ issued, onDone }: { issued: IssuedPosKey; onDone: () => void }) {
  const { t } = useAdminTranslation();
  const id = useId();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const copy = () => {
    void navigator.clipboard
      .writeText(issued.key)
      .then(() => setCopied('yes'))
      .catch(() => setCopied('no'));
  };
  return (
    <div className="admin-inline-form pos-key-shown" role="region" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('admin.posKeys.shownTitle', { label: issued.label })}</h3>
      <p className="pos-key-warning" role="alert">
        {t('admin.posKeys.shownWarning')}
      </p>
      <label htmlFor={`${id}-key`}>{t('admin.posKeys.key')}</label>
      <input
        id={`${id}-key`}
        className="pos-key-text"
        readOnly
        value={issued.key}
        onFocus={(e) => e.currentTarget.select()}
      />
      <p className="hint">{t('admin.posKeys.shownHint', { storeId: issued.storeId })}</p>
      <p className={copied === 'no' ? 'error-text' : 'admin-ok'} role="status">
        {copied === 'yes' && t('admin.posKeys.copied')}
        {copied === 'no' && t('admin.posKeys.copyFailed')}
      </p>
      <div className="admin-actions">
        <button type="button" className="btn btn-primary" onClick={copy}>
          {t('admin.posKeys.copy')}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          {t('admin.posKeys.done')}
        </button>
      </div>
    </div>
  );
}
