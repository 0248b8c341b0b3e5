import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Health } from '../../shared/schemas/setup.schema';
import { answers, SECURITY } from '../http/openapi';
import type { RouteDeps } from './route-deps';

export function healthRoutes(app: FastifyInstance, { services }: RouteDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/health',
    {
      schema: {
        summary: 'The server’s version, protocols, database and the app it serves',
        tags: ['server'],
        security: SECURITY.none,
        response: answers({ 200: Health.describe('What this server is') }),
      },
    },
    async (_req, reply) => {
      reply.header('cache-control', 'no-store');
      return services.health.report();
    },
  );
}
