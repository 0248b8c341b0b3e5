import { useState } from 'react';
import { useAdminTranslation } from '../../i18n/admin-messages';
import type { PosKeySummary } from '../../../shared/schemas/pos.schema';
import { revokePosKey } from '../../api/pos-key.api';
import { ago } from '../../ui/sync-status-view';
import { formatLocalDay } from '../../i18n/format-date';
import { ConfirmDialog } from '../admin/confirm-dialog';
import { errorText } from '../admin/error-text';
import { useAdminCall } from '../admin/use-admin-api';

export interface PosKeyRowProps {
  posKey: PosKeySummary;
  now: number;
  onRevoked: (message: string) => void;
}

/** One POS key: which till, its store, when issued and last used; revoking asks first. */
export function PosKeyRow({ posKey, now, onRevoked }: PosKeyRowProps) {
  const { t, i18n } = useAdminTranslation();
  const run = useAdminCall();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const date = (ms: number) => formatLocalDay(ms, i18n.language);

  const confirm = () => {
    setBusy(true);
    setError(null);
    void run((auth) => revokePosKey(auth, posKey.id)).then((r) => {
      setBusy(false);
      if (r.ok) {
        setAsking(false);
        onRevoked(t('admin.posKeys.revokeDone', { label: posKey.label }));
      } else {
        setError(errorText(t, r));
      }
    });
  };

  return (
    <li aria-label={posKey.label}>
      <div className="admin-list-main">
        <strong>{posKey.label}</strong>
        {posKey.revokedAt !== null && (
          <span className="admin-badge" data-tone="bad">
            {t('admin.posKeys.revokedAt', { date: date(posKey.revokedAt) })}
          </span>
        )}
        <p className="hint">
          {posKey.storeName} · {t('admin.posKeys.issuedAt', { date: date(posKey.createdAt) })} ·{' '}
          {posKey.lastUsedAt === null
            ? t('admin.posKeys.neverUsed')
            : t('admin.posKeys.lastUsed', { ago: ago(t, posKey.lastUsedAt, now) })}
        </p>
      </div>
      {posKey.revokedAt === null && (
        <button type="button" className="btn btn-danger-outline" onClick={() => setAsking(true)}>
          {t('admin.posKeys.revoke')}
        </button>
      )}
      {asking && (
        <ConfirmDialog
          title={t('admin.posKeys.revokeQuestion', { label: posKey.label })}
          confirmLabel={t('admin.posKeys.revokeConfirm')}
          busy={busy}
          error={error}
          onConfirm={confirm}
          onCancel={() => {
            setAsking(false);
            setError(null);
          }}
        >
          <p>{t('admin.posKeys.revokeBody')}</p>
        </ConfirmDialog>
      )}
    </li>
  );
}
