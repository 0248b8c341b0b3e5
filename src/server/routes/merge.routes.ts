import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { MergesForReview } from '../../shared/schemas/merge.schema';
import { answers, SECURITY } from '../http/openapi';
import { staffGuard } from './guards';
import { idActionRoute } from './id-action';
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

  idActionRoute(app, {
    path: '/api/merges/:id/review',
    summary: 'Mark a merge as looked over (manager)',
    tag: 'merges',
    guard: manager,
    act: ({ device, staff }, id) => services.merges.review(device, staff, id),
  });
}
