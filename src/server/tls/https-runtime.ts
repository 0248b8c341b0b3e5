import https from 'node:https';
import tls from 'node:tls';
import { X509Certificate } from 'node:crypto';
import type { FastifyBaseLogger, FastifyInstance, FastifyServerFactory } from 'fastify';
import type { Config } from '../config';
import { certificateKeeper, type TlsOn } from './certificate-keeper';
import { serverAddresses, type ServerAddress } from './server-addresses';
import { tabletAddresses } from './server-names';
import { buildTrustServer } from './trust-server';

// Addresses change with DHCP or a new network cable; the check is a read of the interfaces.
const RENEW_CHECK_MS = 10 * 60_000;

/**
 * HTTPS for the app (with the certificate kept current while it runs) and the plain-HTTP trust
 * port beside it. Made before the app so that a broken certificate stops start-up at once.
 */
export function httpsRuntime(config: Pick<Config, 'dataDir' | 'host'> & { tls: TlsOn }) {
  const keeper = certificateKeeper(config, new Date());
  // The store's own certificate names the hosts tablets must use; the store CA's names every address.
  const ownHosts = config.tls.mode === 'own' ? dnsNamesOf(keeper.current().cert) : [];
  const hosts = () =>
    ownHosts.length > 0
      ? [...new Set([...config.tls.names, ...ownHosts])]
      : tabletAddresses(keeper.names(), config.tls.names);
  let addresses: ServerAddress[] = [];
  let trust: FastifyInstance | null = null;
  let timer: NodeJS.Timeout | undefined;
  const listAddresses = (httpsPort: number, trustPort: number) =>
    serverAddresses(hosts(), httpsPort, keeper.caCertPem === null ? null : trustPort);

  const serverFactory: FastifyServerFactory = (handler) => {
    const { key, cert } = keeper.current();
    return https.createServer({ key, cert }, handler);
  };

  return {
    serverFactory,
    addresses: (): readonly ServerAddress[] => addresses,
    /** The store CA's SHA-256 fingerprint, to compare on a tablet; null with the store's own certificate. */
    fingerprint: keeper.caCertPem === null ? null : new X509Certificate(keeper.caCertPem).fingerprint256,

    /** Once the app listens on `httpsPort`: open the trust port and start renewing. */
    async start(app: FastifyInstance, httpsPort: number, log: FastifyBaseLogger): Promise<void> {
      const fallbackHost = hosts()[0] ?? 'localhost';
      trust = buildTrustServer({ httpsPort, caCertPem: keeper.caCertPem, fallbackHost });
      await trust.listen({ port: config.tls.httpPort, host: config.host });
      const address = trust.server.address();
      const trustPort = typeof address === 'object' && address ? address.port : config.tls.httpPort;
      addresses = listAddresses(httpsPort, trustPort);
      timer = setInterval(() => {
        try {
          const renewed = keeper.refresh(new Date());
          if (renewed === null) return;
          // New connections get the new certificate; open ones finish with the old.
          if (app.server instanceof tls.Server) app.server.setSecureContext(renewed.served);
          addresses = listAddresses(httpsPort, trustPort);
          log.info(
            { reason: renewed.reason, validTo: renewed.served.validTo, addresses },
            'certificate renewed',
          );
        } catch (err) {
          log.error({ err }, 'certificate renewal failed; the current one serves until it expires');
        }
      }, RENEW_CHECK_MS);
      timer.unref();
    },

    async close(): Promise<void> {
      clearInterval(timer);
      await trust?.close();
    },
  };
}

/** The certificate's DNS names a browser can type: wildcards name no one host. */
function dnsNamesOf(certPem: string): string[] {
  const san = new X509Certificate(certPem).subjectAltName ?? '';
  return san
    .split(', ')
    .filter((entry) => entry.startsWith('DNS:') && !entry.includes('*'))
    .map((entry) => entry.slice(4).toLowerCase());
}

export type HttpsRuntime = ReturnType<typeof httpsRuntime>;
