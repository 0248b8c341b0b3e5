import type { Config } from '../config';
import { loadOwnCertificate } from './own-certificate';
import { currentServerCertificate, type RenewalReason, type ServedCertificate } from './server-certificate';
import { serverNames, type ServerNames } from './server-names';
import { loadOrCreateStoreCa } from './store-ca';

/** The certificate HTTPS serves now, and the means to renew it while the server runs. */
export interface CertificateKeeper {
  current(): ServedCertificate;
  /** The store CA (PEM) tablets trust; null with the store's own certificate. */
  readonly caCertPem: string | null;
  /** The names the certificate must carry at this moment. */
  names(): ServerNames;
  /** Renew the certificate if it must be; the new one and why, or null while the old one serves. */
  refresh(now: Date): { served: ServedCertificate; reason: RenewalReason } | null;
}

/** The TLS settings of a server that serves HTTPS. */
export type TlsOn = Exclude<Config['tls'], { mode: 'off' }>;

/** Store CA mode makes and renews its certificate; with TLS_CERT_FILE the store's own is checked once. */
export function certificateKeeper(
  config: Pick<Config, 'dataDir' | 'host'> & { tls: TlsOn },
  now: Date,
  namesNow: () => ServerNames = () => serverNames(config.host, config.tls.names),
): CertificateKeeper {
  if (config.tls.mode === 'own') {
    const served = loadOwnCertificate(config.tls.certFile, config.tls.keyFile, now);
    return { current: () => served, caCertPem: null, names: namesNow, refresh: () => null };
  }
  const ca = loadOrCreateStoreCa(config.dataDir, now);
  let served = currentServerCertificate(config.dataDir, ca, namesNow(), now).served;
  return {
    current: () => served,
    caCertPem: ca.certPem,
    names: namesNow,
    refresh(at) {
      const next = currentServerCertificate(config.dataDir, ca, namesNow(), at);
      if (next.renewed === null) return null;
      served = next.served;
      return { served, reason: next.renewed };
    },
  };
}
