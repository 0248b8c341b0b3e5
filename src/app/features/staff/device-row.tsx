import { useState } from 'react';
import { useAdminTranslation } from '../../i18n/admin-messages';
import type { DeviceSummary } from '../../../shared/schemas/security.schema';
import { revokeDevice } from '../../api/device.api';
import { ago } from '../../ui/sync-status-view';
import { ConfirmDialog } from '../admin/confirm-dialog';
import { errorText } from '../admin/error-text';
import { useAdminCall } from '../admin/use-admin-api';
import { formatLocalDay } from '../../i18n/format-date';

export interface DeviceRowProps {
  device: DeviceSummary;
  now: number;
  onRevoked: (message: string) => void;
}

/** One tablet: its name, when it was enrolled and last online; revoking asks first and says what follows. */
export function DeviceRow({ device, now, onRevoked }: DeviceRowProps) {
  const { t, i18n } = useAdminTranslation();
  const run = useAdminCall();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const date = (ms: number) => formatLocalDay(ms, i18n.language);

  const confirm = () => {
    setBusy(true);
    setError(null);
    void run((auth) => revokeDevice(auth, device.id)).then((r) => {
      setBusy(false);
      if (r.ok) {
        setAsking(false);
        onRevoked(t('admin.devices.revokeDone', { name: device.name }));
      } else {
        setError(errorText(t, r));
      }
    });
  };

  return (
    <li aria-label={device.name}>
      <div className="admin-list-main">
        <strong>{device.name}</strong>
        {device.current && <span className="admin-badge">{t('admin.devices.current')}</span>}
        {device.revokedAt !== null && (
          <span className="admin-badge" data-tone="bad">
            {t('admin.devices.revokedAt', { date: date(device.revokedAt) })}
          </span>
        )}
        <p className="hint">
          {t('admin.devices.enrolledAt', { date: date(device.createdAt) })} ·{' '}
          {device.lastSeenAt === null
            ? t('admin.devices.neverSeen')
            : t('admin.devices.lastSeen', { ago: ago(t, device.lastSeenAt, now) })}
        </p>
      </div>
      {!device.current && device.revokedAt === null && (
        <button type="button" className="btn btn-danger-outline" onClick={() => setAsking(true)}>
          {t('admin.devices.revoke')}
        </button>
      )}
      {asking && (
        <ConfirmDialog
          title={t('admin.devices.revokeQuestion', { name: device.name })}
          confirmLabel={t('admin.devices.revokeConfirm')}
          busy={busy}
          error={error}
          onConfirm={confirm}
          onCancel={() => {
            setAsking(false);
            setError(null);
          }}
        >
          <p>{t('admin.devices.revokeBody')}</p>
        </ConfirmDialog>
      )}
    </li>
  );
}
