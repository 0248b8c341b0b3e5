import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyServerFactory } from 'fastify';
import compress from '@fastify/compress';
import rateLimit from '@fastify/rate-limit';
import type { DatabaseHandle } from './db/database';
import { frameworkErrors, installErrorHandler } from './http/error-handler';
import { installSecurityHeaders } from './http/security-headers';
import { privateLogger } from './http/log-privacy';
import { ApiError } from './http/api-error';
import { installOpenApi } from './http/openapi';
import { serveApp } from './http/static-app';
import { serverKeys } from './auth/server-keys';
import { deviceAuth, installDeviceTouch } from './auth/device-auth';
import { sessionStaffOf, staffAuth } from './auth/staff-session';
import { posKeyAuth } from './auth/pos-auth';
import { dataAccess } from './db/data-access';
import { services } from './services/services';
import { healthRoutes } from './routes/health.routes';
import { setupRoutes } from './routes/setup.routes';
import { enrolRoutes } from './routes/enrol.routes';
import { MAX_PUSH_BYTES } from '../shared/sync/protocol.schema';
import { syncRoutes } from './routes/sync.routes';
import { mergeRoutes } from './routes/merge.routes';
import { sessionRoutes } from './routes/session.routes';
import { staffRoutes } from './routes/staff.routes';
import { deviceRoutes } from './routes/device.routes';
import { auditRoutes } from './routes/audit.routes';
import { exportRoutes } from './routes/export.routes';
import { chainRoutes } from './routes/chain.routes';
import { posKeyRoutes } from './routes/pos-key.routes';
import { posRoutes } from './routes/pos.routes';
import { importRoutes } from './routes/import.routes';
import type { RouteDeps } from './routes/route-deps';
import { memoryPokeBus, type PokeBus } from './sync/poke-bus';
import { addressRoutes } from './tls/addresses.routes';
import type { ServerAddress } from './tls/server-addresses';

export interface AppDeps {
  readonly db: DatabaseHandle;
  /** Server wall time in ms; injected so tests control it. */
  readonly clock: () => number;
  readonly version: string;
  /** The server secret (FLOORBOOK_SECRET or DATA_DIR/secret.key) the PIN verifiers are keyed with. */
  readonly secret: string;
  /** Folder of the built PWA; omitted in API-only tests. */
  readonly staticDir?: string;
  readonly logLevel?: string;
  /** How pokes reach tablets; in memory unless several instances share PostgreSQL. */
  readonly pokes?: PokeBus;
  /** Hours a tablet may go unsynced before it turns read-only; sent with the staff list. */
  readonly offlineLimitHours?: number;
  /** Reverse proxies allowed to name the client (X-Forwarded-*); none unless configured. */
  readonly trustProxy?: readonly string[];
  /** Requests per client address to set-up, enrolment and sign-in; 30 a minute unless a test says. */
  readonly guessLimit?: { max: number; timeWindowMs: number };
  /** Makes the HTTPS server (tls/); plain HTTP when omitted. */
  readonly serverFactory?: FastifyServerFactory;
  /** Where tablets reach this server, shown to managers; none over plain HTTP. */
  readonly addresses?: () => readonly ServerAddress[];
  /**
   * Where uploaded import files wait for their job: DATA_DIR/imports. Unset (tests), a folder of
   * this instance's own, made at its first upload: another instance's sweep, on a clock of its
   * own, would take files whose jobs it cannot see for forgotten ones.
   */
  readonly importDir?: string;
}

const IMPORT_SWEEP_EVERY_MS = 3_600_000;

/** Assemble the whole server from its parts; `main.ts` and the tests both build it here. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logLevel === 'silent' || deps.logLevel === undefined ? false : privateLogger(deps.logLevel),
    bodyLimit: MAX_PUSH_BYTES,
    // Prototype-polluting keys are refused outright rather than stripped.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    // Trusting every hop would let any client name its own address and slip the rate limits.
    trustProxy: deps.trustProxy?.length ? [...deps.trustProxy] : false,
    frameworkErrors,
    ...(deps.serverFactory && { serverFactory: deps.serverFactory }),
  });
  // A first download is tens of megabytes of JSON; gzip cuts it several-fold on store Wi-Fi.
  // Brotli is left out: it costs the server far more CPU for little more.
  await app.register(compress, { global: true, threshold: 1024, encodings: ['gzip', 'deflate'] });
  // Only routes that name `config.rateLimit` are limited; sync traffic never is.
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: () => new ApiError(429, 'rate-limited', undefined, true),
  });
  installErrorHandler(app);
  installSecurityHeaders(app);
  await installOpenApi(app, deps.version);
  const data = dataAccess(deps.db.db);
  installDeviceTouch(app, data, deps.clock);
  const keys = serverKeys(deps.secret);
  const offlineLimitHours = deps.offlineLimitHours ?? 72;
  const pokes = deps.pokes ?? memoryPokeBus();
  const importDir = deps.importDir ?? path.join(os.tmpdir(), `floorbook-imports-${randomUUID()}`);
  const routeDeps: RouteDeps = {
    ...deps,
    keys,
    guessLimit: {
      max: deps.guessLimit?.max ?? 30,
      timeWindow: deps.guessLimit?.timeWindowMs ?? 60_000,
    },
    offlineLimitHours,
    auth: {
      device: deviceAuth(data, deps.clock),
      staff: staffAuth(data, deps.clock),
      sessionStaff: sessionStaffOf(data, deps.clock),
      pos: posKeyAuth(data),
    },
    services: services({ ...deps, data, keys, offlineLimitHours, importDir, pokes }),
  };
  healthRoutes(app, routeDeps);
  setupRoutes(app, routeDeps);
  enrolRoutes(app, routeDeps);
  sessionRoutes(app, routeDeps);
  staffRoutes(app, routeDeps);
  deviceRoutes(app, routeDeps);
  auditRoutes(app, routeDeps);
  exportRoutes(app, routeDeps);
  chainRoutes(app, routeDeps);
  syncRoutes(app, { ...routeDeps, db: deps.db, pokes });
  posKeyRoutes(app, routeDeps);
  posRoutes(app, { ...routeDeps, pokes });
  importRoutes(app, routeDeps);
  // A job stopped by a crash or a restart goes on from its last committed batch (decision 0017);
  // files left waiting too long are swept at start, every hour and at each upload.
  const imports = routeDeps.services.imports;
  const sweepImports = () =>
    imports.sweep().catch((err: unknown) => app.log.error({ err }, 'sweeping old imports failed'));
  let sweeping: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    await imports.resumeInterrupted();
    await sweepImports();
    sweeping = setInterval(() => void sweepImports(), IMPORT_SWEEP_EVERY_MS).unref();
  });
  app.addHook('onClose', () => {
    clearInterval(sweeping);
    return imports.stop();
  });
  mergeRoutes(app, routeDeps);
  addressRoutes(app, routeDeps, deps.addresses ?? (() => []));
  if (deps.staticDir !== undefined) await serveApp(app, deps.staticDir);
  return app;
}
