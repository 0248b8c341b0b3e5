import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { X509Certificate } from 'node:crypto';
import { caProfile } from './mobileconfig';
import { trustPage } from './trust-page';
import { urlOf } from './server-addresses';

export interface TrustServerDeps {
  /** The port HTTPS is served on, where everything else is sent. */
  readonly httpsPort: number;
  /** The store CA to offer; null with the store's own certificate: then this port only redirects. */
  readonly caCertPem: string | null;
  /** The host to redirect to when the request names none a browser could use. */
  readonly fallbackHost: string;
}

// A host name or bracketed IPv6 literal; anything else in Host is not echoed into a Location.
const SAFE_HOST = /^([a-z0-9.-]+|\[[0-9a-f:.]+\])$/i;

// Plain HTTP can be read and changed on the way; the page has no script, no frames, no forms.
const HEADERS = {
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

/**
 * The plain-HTTP port beside HTTPS: it offers the store CA (a .crt for Android, a .pem, a
 * .mobileconfig for iPad) and a page on trusting it, and redirects every other request to HTTPS.
 * It never serves the app or the API: a PIN or a roster never crosses the network in clear.
 */
export function buildTrustServer(deps: TrustServerDeps): FastifyInstance {
  const app = Fastify({ logger: false });
  const host = (req: FastifyRequest) => (SAFE_HOST.test(req.hostname) ? req.hostname : deps.fallbackHost);
  const toHttps = (req: FastifyRequest) =>
    `${urlOf('https', host(req), deps.httpsPort).slice(0, -1)}${req.url}`;
  app.addHook('onSend', async (_req, reply, payload) => {
    reply.headers(HEADERS);
    return payload;
  });
  const ca = deps.caCertPem;
  if (ca !== null) {
    const x509 = new X509Certificate(ca);
    const caName = /CN=([^\n]+)/.exec(x509.subject)?.[1] ?? 'Floorbook';
    app.get('/', (req, reply) =>
      reply.type('text/html; charset=utf-8').send(
        trustPage({
          appUrl: urlOf('https', host(req), deps.httpsPort),
          fingerprint: x509.fingerprint256,
          caName,
        }),
      ),
    );
    app.get('/floorbook-store-ca.crt', (_req, reply) =>
      reply
        .type('application/x-x509-ca-cert')
        .header('content-disposition', 'attachment; filename="floorbook-store-ca.crt"')
        .send(x509.raw),
    );
    app.get('/floorbook-store-ca.pem', (_req, reply) =>
      reply
        .type('application/x-pem-file')
        .header('content-disposition', 'attachment; filename="floorbook-store-ca.pem"')
        .send(ca),
    );
    app.get('/floorbook-store.mobileconfig', (_req, reply) =>
      reply.type('application/x-apple-aspen-config').send(caProfile(ca, caName)),
    );
  }
  app.setNotFoundHandler((req, reply) => reply.redirect(toHttps(req), 308));
  return app;
}
