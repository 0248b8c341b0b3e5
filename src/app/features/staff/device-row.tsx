import { useAdminTranslation } from '../../i18n/admin-messages';
import type { DeviceSummary } from '../../../shared/schemas/security.schema';
import { revokeDevice } from '../../api/device.api';
import { ago } from '../../ui/sync-status-view';
import { RevocableRow } from '../admin/revocable-row';
import { formatLocalDay } from '../../i18n/format-date';

export interface DeviceRowProps {
  device: DeviceSummary;
  now: number;
  onRevoked: (message: string) => void;
}

/** One tablet: its name, when it was enrolled and last online; revoking asks first and says what follows. */
export function DeviceRow({ device, now, onRevoked }: DeviceRowProps) {
  const { t, i18n } = useAdminTranslation();
  return (
    <RevocableRow
      name={device.name}
      revokedAt={device.revokedAt}
      revokedText={(date) => t('admin.devices.revokedAt', { date })}
      badges={device.current && <span className="admin-badge">{t('admin.devices.current')}</span>}
      details={
        <>
          {t('admin.devices.enrolledAt', { date: formatLocalDay(device.createdAt, i18n.language) })} ·{' '}
          {device.lastSeenAt === null
            ? t('admin.devices.neverSeen')
            : t('admin.devices.lastSeen', { ago: ago(t, device.lastSeenAt, now) })}
        </>
      }
      revoke={
        device.current || device.revokedAt !== null
          ? null
          : {
              label: t('admin.devices.revoke'),
              question: t('admin.devices.revokeQuestion', { name: device.name }),
              confirmLabel: t('admin.devices.revokeConfirm'),
              body: t('admin.devices.revokeBody'),
              call: (auth) => revokeDevice(auth, device.id),
              onDone: () => onRevoked(t('admin.devices.revokeDone', { name: device.name })),
            }
      }
    />
  );
}
