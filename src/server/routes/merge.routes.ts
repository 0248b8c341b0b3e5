import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { MergesForReview } from '../../shared/schemas/merge.schema';
import { answers, NO_CONTENT, SECURITY } from '../http/openapi';
import { expectNoBody, IdParams } from '../http/request-parts';
import { staffGuard } from './guards';
import type { RouteDeps } from './route-deps';

/** Duplicates the server merged, for a manager to look over (services/merge.service). */
export function mergeRoutes(app: FastifyInstance, { auth, services }: RouteDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const manager = staffGuard(auth, 'manager');

  api.get(
    '/api/merges',
    {
      schema: {
        summary: 'Duplicates the server merged, awaiting a manager’s look (manager)',
        tags: ['merges'],
        security: SECURITY.staff,
        response: answers({ 200: MergesForReview.describe('Merges not yet reviewed') }),
      },
      preValidation: manager.preValidation,
    },
    async (req) => services.merges.awaitingReview(manager.of(req).device),
  );

  api.post(
    '/api/merges/:id/review',
    {
      schema: {
        summary: 'Mark a merge as looked over (manager)',
        tags: ['merges'],
        security: SECURITY.staff,
        params: IdParams,
        response: answers({ 204: NO_CONTENT }),
      },
      preValidation: manager.preValidation,
    },
    async (req, reply) => {
      const { device, staff } = manager.of(req);
      expectNoBody(req);
      await services.merges.review(device, staff, req.params.id);
      return reply.status(204).send(null);
    },
  );
}
