import { z } from 'zod';
import net from 'node:net';
import path from 'node:path';

// Names proxy-addr (Fastify's trustProxy) understands for whole private ranges.
const RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);
const isProxyAddress = (entry: string) => {
  if (RANGE_NAMES.has(entry)) return true;
  const [address = '', bits, ...rest] = entry.split('/');
  const family = net.isIP(address);
  if (family === 0 || rest.length > 0) return false;
  return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
};

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
    (v) =>
      typeof v === 'string'
        ? v
            .split(',')
            .map((s) => s.trim())
            .filter((s) => s !== '')
        : [],
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
});

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
  };
}
