import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchDevices } from '../../api/device.api';
import { errorText } from '../admin/error-text';
import { useAdminLoad } from '../admin/use-admin-api';
import { useClock } from '../admin/use-clock';
import { DeviceRow } from './device-row';

const AGE_TICK_MS = 30_000;

/** Owner: every tablet of the store, when it was last online, and revoking a lost one. */
export function DeviceList() {
  const { t } = useTranslation();
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
      {load.kind === 'loading' && <p className="hint">{t('common.loading')}</p>}
      {load.kind === 'failed' && (
        <div className="admin-actions">
          <p className="error-text" role="alert">
            {t('admin.loadFailed', { message: errorText(t, load.refusal) })}
          </p>
          <button type="button" className="btn" onClick={reload}>
            {t('admin.retry')}
          </button>
        </div>
      )}
      {load.kind === 'ready' && load.value.devices.length === 0 && (
        <p className="hint">{t('admin.devices.empty')}</p>
      )}
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
