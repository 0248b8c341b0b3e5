import { useAdminTranslation } from '../../i18n/admin-messages';
import { fetchDevices } from '../../api/device.api';
import { AdminListCard, useAdminList } from '../admin/admin-list-card';
import { useAgeClock } from '../admin/use-clock';
import { DeviceRow } from './device-row';

/** Owner: every tablet of the store, when it was last online, and revoking a lost one. */
export function DeviceList() {
  const { t } = useAdminTranslation();
  const list = useAdminList(fetchDevices);
  const now = useAgeClock();
  return (
    <AdminListCard
      title={t('admin.devices.title')}
      list={list}
      isEmpty={(v) => v.devices.length === 0}
      emptyText={t('admin.devices.empty')}
      rows={(v) => (
        <ul className="admin-list">
          {v.devices.map((device) => (
            <DeviceRow key={device.id} device={device} now={now} onRevoked={list.changed} />
          ))}
        </ul>
      )}
    />
  );
}
