import type { FastifyInstance } from 'fastify';
import type { Health } from '../../shared/schemas/setup.schema';
import { OLDEST_SUPPORTED_PROTOCOL, PROTOCOL_VERSION } from '../../shared/sync/protocol.schema';
import { migrationLevel } from '../db/database';
import { readAppBuild } from '../http/app-build';
import type { AppDeps } from '../app';

export function healthRoutes(app: FastifyInstance, deps: AppDeps): void {
  // Read once: a new build means a new server process (docs/operations.md).
  const served = readAppBuild(deps.staticDir);
  app.get('/api/health', async (_req, reply): Promise<Health> => {
    reply.header('cache-control', 'no-store');
    return {
      status: 'ok',
      version: deps.version,
      protocol: PROTOCOL_VERSION,
      oldestProtocol: OLDEST_SUPPORTED_PROTOCOL,
      dialect: deps.db.dialect,
      migration: await migrationLevel(deps.db),
      app: served,
    };
  });
}
