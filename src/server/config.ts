import { z } from 'zod';
import net from 'node:net';
import path from 'node:path';
import { isDnsName } from './tls/server-names';

// Names proxy-addr (Fastify's trustProxy) understands for whole private ranges.
const RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);
const isProxyAddress = (entry: string) => {
  if (RANGE_NAMES.has(entry)) return true;
  const [address = '', bits, ...rest] = entry.split('/');
  const family = net.isIP(address);
  if (family === 0 || rest.length > 0) return false;
  return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
};

const commaList = (v: unknown) =>
  typeof v === 'string'
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '')
    : [];
const emptyIsUnset = (v: unknown) => (v === '' ? undefined : v);

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('data'),
  // An empty value (as shells and CI files often leave it) means unset: use SQLite.
  DATABASE_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .refine((s) => /^postgres(ql)?:\/\/[^\s]+$/.test(s) && URL.canParse(s), {
        message: 'DATABASE_URL must look like postgres://user@host:5432/database',
      })
      .optional(),
  ),
  STATIC_DIR: z.string().min(1).default('dist'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Days a tombstone is kept; a tablet offline longer than this downloads the roster again. */
  TOMBSTONE_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
  /**
   * Keys the PIN verifiers and enrol codes (decision 0008). Unset: a random key kept in
   * DATA_DIR/secret.key. Several instances on one PostgreSQL must all be given the same value.
   */
  FLOORBOOK_SECRET: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.string().min(32, { message: 'FLOORBOOK_SECRET must be at least 32 characters' }).optional(),
  ),
  /**
   * The reverse proxies in front of the server (addresses, CIDR ranges or loopback, linklocal,
   * uniquelocal), comma-separated. Only they may say who the client is (X-Forwarded-For) and that
   * it came over TLS (X-Forwarded-Proto). Unset: nobody, and the client is the socket's peer.
   */
  TRUST_PROXY: z.preprocess(
    commaList,
    z.array(
      z.string().refine(isProxyAddress, {
        message: 'TRUST_PROXY must list addresses or ranges such as 127.0.0.1,10.0.0.0/8',
      }),
    ),
  ),
  /** Hours a tablet may go without reaching the server before it turns read-only. */
  OFFLINE_LIMIT_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(72),
  /** auto: HTTPS unless the server listens on loopback only; on: HTTPS always; off: plain HTTP. */
  TLS: z.preprocess(emptyIsUnset, z.enum(['auto', 'on', 'off']).default('auto')),
  /** The store's own certificate (PEM, chain after it) and its key; unset, the store CA makes one. */
  TLS_CERT_FILE: z.preprocess(emptyIsUnset, z.string().optional()),
  TLS_KEY_FILE: z.preprocess(emptyIsUnset, z.string().optional()),
  /** Plain HTTP beside HTTPS: the store certificate, how to trust it, and a redirect. Default PORT + 1. */
  HTTP_PORT: z.preprocess(emptyIsUnset, z.coerce.number().int().min(0).max(65535).optional()),
  /** More names tablets use for the server (a DNS name on the store's router), put in its certificate. */
  TLS_NAMES: z.preprocess(
    commaList,
    z.array(
      z.string().refine((n) => net.isIP(n) !== 0 || isDnsName(n.toLowerCase()), {
        message: 'TLS_NAMES must list host names or IP addresses such as floorbook.lan,192.168.1.20',
      }),
    ),
  ),
});

/**
 * How the server speaks to tablets. `store-ca`: HTTPS with a certificate from the store's own CA
 * (decision 0011); `own`: HTTPS with TLS_CERT_FILE; `off`: plain HTTP, for loopback or behind a
 * TLS proxy. With HTTPS, `httpPort` serves the trust page and redirects.
 */
export type TlsConfig =
  | { readonly mode: 'off' }
  | {
      readonly mode: 'store-ca';
      readonly httpPort: number;
      readonly names: readonly string[];
    }
  | {
      readonly mode: 'own';
      readonly httpPort: number;
      readonly names: readonly string[];
      readonly certFile: string;
      readonly keyFile: string;
    };

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly staticDir: string;
  readonly logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  readonly tombstoneRetentionMs: number;
  /** From FLOORBOOK_SECRET; undefined means the key file in dataDir (see server-secret.ts). */
  readonly secret: string | undefined;
  readonly offlineLimitHours: number;
  /** Proxies trusted to name the client and its protocol; empty trusts none. */
  readonly trustProxy: readonly string[];
  readonly tls: TlsConfig;
}

export class ConfigError extends Error {}

/** Read the configuration from the environment; a bad value ends start-up with one clear sentence. */
export function loadConfig(env: NodeJS.ProcessEnv, cwd: string): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path.join('.') ?? 'environment';
    throw new ConfigError(`Configuration error in ${name}: ${issue?.message ?? 'invalid value'}.`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(cwd, e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    staticDir: path.resolve(cwd, e.STATIC_DIR),
    logLevel: e.LOG_LEVEL,
    tombstoneRetentionMs: e.TOMBSTONE_RETENTION_DAYS * 86_400_000,
    secret: e.FLOORBOOK_SECRET,
    offlineLimitHours: e.OFFLINE_LIMIT_HOURS,
    trustProxy: e.TRUST_PROXY,
    tls: tlsConfig(e, cwd),
  };
}

const LOOPBACK_HOSTS = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/i;

function tlsConfig(e: z.infer<typeof Env>, cwd: string): TlsConfig {
  if ((e.TLS_CERT_FILE === undefined) !== (e.TLS_KEY_FILE === undefined))
    throw new ConfigError('Configuration error: set TLS_CERT_FILE and TLS_KEY_FILE together, or neither.');
  const loopbackOnly = LOOPBACK_HOSTS.test(e.HOST);
  if (e.TLS === 'off') {
    if (e.TLS_CERT_FILE !== undefined)
      throw new ConfigError('Configuration error: TLS=off contradicts TLS_CERT_FILE; remove one of them.');
    if (!loopbackOnly && e.TRUST_PROXY.length === 0)
      throw new ConfigError(
        'Configuration error: TLS=off on a network address needs TRUST_PROXY naming the TLS proxy in front, as tablets cannot check PINs or start offline over plain HTTP.',
      );
    return { mode: 'off' };
  }
  // Loopback is a secure context for browsers, and no tablet can reach it: plain HTTP as ever.
  if (e.TLS === 'auto' && loopbackOnly && e.TLS_CERT_FILE === undefined) return { mode: 'off' };
  const httpPort = e.HTTP_PORT ?? (e.PORT === 0 || e.PORT === 65535 ? 0 : e.PORT + 1);
  if (httpPort !== 0 && httpPort === e.PORT)
    throw new ConfigError(
      'Configuration error: HTTP_PORT must differ from PORT, which serves HTTPS; choose another port.',
    );
  const names = e.TLS_NAMES;
  if (e.TLS_CERT_FILE === undefined || e.TLS_KEY_FILE === undefined)
    return { mode: 'store-ca', httpPort, names };
  return {
    mode: 'own',
    httpPort,
    names,
    certFile: path.resolve(cwd, e.TLS_CERT_FILE),
    keyFile: path.resolve(cwd, e.TLS_KEY_FILE),
  };
}
