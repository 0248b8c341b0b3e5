import type { FastifyInstance } from 'fastify';
import type { Health } from '../../shared/schemas/setup.schema';
import { PROTOCOL_VERSION } from '../../shared/sync/protocol.schema';
import { migrationLevel } from '../db/database';
import type { AppDeps } from '../app';

export function healthRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get('/api/health', async (_req, reply): Promise<Health> => {
    reply.header('cache-control', 'no-store');
    return {
      status: 'ok',
      version: deps.version,
      protocol: PROTOCOL_VERSION,
      dialect: deps.db.dialect,
      migration: await migrationLevel(deps.db),
    };
  });
}
