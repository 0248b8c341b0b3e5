import { useId, useState } from 'react';
import { useAdminTranslation } from '../../i18n/admin-messages';
import { fetchDevices } from '../../api/device.api';
import { LoadState } from '../admin/load-state';
import { useAdminLoad } from '../admin/use-admin-api';
import { useClock } from '../admin/use-clock';
import { DeviceRow } from './device-row';

const AGE_TICK_MS = 30_000;

/** Owner: every tablet of the store, when it was last online, and revoking a lost one. */
export function DeviceList() {
  const { t } = useAdminTranslation();
  const id = useId();
  const { load, reload } = useAdminLoad(fetchDevices);
  const [notice, setNotice] = useState<string | null>(null);
  const now = useClock(AGE_TICK_MS);
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('admin.devices.title')}</h2>
      <p className="admin-ok" role="status">
        {notice}
      </p>
      <LoadState
        load={load}
        reload={reload}
        isEmpty={(v) => v.devices.length === 0}
        emptyText={t('admin.devices.empty')}
      />
      {load.kind === 'ready' && (
        <ul className="admin-list">
          {load.value.devices.map((device) => (
            <DeviceRow
              key={device.id}
              device={device}
              now={now}
              onRevoked={(message) => {
                setNotice(message);
                reload();
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
