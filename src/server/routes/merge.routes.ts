import type { FastifyInstance } from 'fastify';
import { expectNoBody, idParam } from '../http/request-parts';
import type { MergesForReview } from '../../shared/schemas/merge.schema';
import type { RouteDeps } from './route-deps';

/** Duplicates the server merged, for a manager to look over (services/merge.service). */
export function mergeRoutes(app: FastifyInstance, { auth, services }: RouteDeps): void {
  app.get('/api/merges', async (req): Promise<MergesForReview> => {
    const device = await auth.device(req);
    await auth.staff(req, device, 'manager');
    return services.merges.awaitingReview(device);
  });

  app.post('/api/merges/:id/review', async (req, reply) => {
    const device = await auth.device(req);
    const reviewer = await auth.staff(req, device, 'manager');
    const id = idParam(req);
    expectNoBody(req);
    await services.merges.review(device, reviewer, id);
    return reply.status(204).send();
  });
}
