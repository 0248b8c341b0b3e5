import Fastify, { type FastifyInstance } from 'fastify';
import compress from '@fastify/compress';
import type { DatabaseHandle } from './db/database';
import { installErrorHandler } from './http/error-handler';
import { installSecurityHeaders } from './http/security-headers';
import { serveApp } from './http/static-app';
import { healthRoutes } from './routes/health.routes';
import { setupRoutes } from './routes/setup.routes';
import { enrolRoutes } from './routes/enrol.routes';
import { MAX_PUSH_BYTES } from '../shared/sync/protocol.schema';
import { syncRoutes } from './routes/sync.routes';
import { mergeRoutes } from './routes/merge.routes';
import { memoryPokeBus, type PokeBus } from './sync/poke-bus';

export interface AppDeps {
  readonly db: DatabaseHandle;
  /** Server wall time in ms; injected so tests control it. */
  readonly clock: () => number;
  readonly version: string;
  /** Folder of the built PWA; omitted in API-only tests. */
  readonly staticDir?: string;
  readonly logLevel?: string;
  /** How pokes reach tablets; in memory unless several instances share PostgreSQL. */
  readonly pokes?: PokeBus;
}

/** Assemble the whole server from its parts; `main.ts` and the tests both build it here. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logLevel === 'silent' || deps.logLevel === undefined ? false : { level: deps.logLevel },
    bodyLimit: MAX_PUSH_BYTES,
    // Prototype-polluting keys are refused outright rather than stripped.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    trustProxy: true,
  });
  // A first download is tens of megabytes of JSON; gzip cuts it several-fold on store Wi-Fi.
  // Brotli is left out: it costs the server far more CPU for little more.
  await app.register(compress, { global: true, threshold: 1024, encodings: ['gzip', 'deflate'] });
  installErrorHandler(app);
  installSecurityHeaders(app);
  healthRoutes(app, deps);
  setupRoutes(app, deps);
  enrolRoutes(app, deps);
  syncRoutes(app, { ...deps, pokes: deps.pokes ?? memoryPokeBus() });
  mergeRoutes(app, deps);
  if (deps.staticDir !== undefined) await serveApp(app, deps.staticDir);
  return app;
}
