import { useId } from 'react';
import { useAdminTranslation } from '../../i18n/admin-messages';
import { fetchServerAddresses } from '../../api/server-address.api';
import { QrCode } from '../../ui/qr/qr-code';
import { useAdminLoad } from '../admin/use-admin-api';

/**
 * Where a new tablet finds the server: a QR code to scan, and every address written out. The
 * QR opens the trust page when there is one, since a new tablet must trust the store first.
 * Nothing is shown over plain HTTP (development on loopback, or behind a TLS proxy).
 */
export function TabletAddressCard() {
  const { t } = useAdminTranslation();
  const id = useId();
  const { load } = useAdminLoad(fetchServerAddresses);
  if (load.kind !== 'ready') return null;
  const [first] = load.value.addresses;
  if (!first) return null;
  const scan = first.trust ?? first.app;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('admin.addresses.title')}</h2>
      <p className="hint">{first.trust ? t('admin.addresses.leadTrust') : t('admin.addresses.lead')}</p>
      <div className="enrol-code">
        <QrCode text={scan} label={t('admin.addresses.qr', { url: scan })} size={180} />
        <dl className="tablet-addresses">
          {load.value.addresses.map((a) => (
            <div key={a.app}>
              <dt>{t('admin.addresses.app')}</dt>
              <dd>{a.app}</dd>
              {a.trust && (
                <>
                  <dt>{t('admin.addresses.trust')}</dt>
                  <dd>{a.trust}</dd>
                </>
              )}
            </div>
          ))}
        </dl>
      </div>
    </section>
  );
}
