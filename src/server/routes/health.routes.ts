import type { FastifyInstance } from 'fastify';
import type { Health } from '../../shared/schemas/setup.schema';
import type { RouteDeps } from './route-deps';

export function healthRoutes(app: FastifyInstance, { services }: RouteDeps): void {
  app.get('/api/health', async (_req, reply): Promise<Health> => {
    reply.header('cache-control', 'no-store');
    return services.health.report();
  });
}
