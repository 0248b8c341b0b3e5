import type { FastifyInstance } from 'fastify';
import { SetupRequest, type Enrolment, type SetupStatus } from '../../shared/schemas/setup.schema';
import type { RouteDeps } from './route-deps';

/** First run: with no store yet, the owner creates it and this tablet is enrolled in the same step. */
export function setupRoutes(app: FastifyInstance, { services, guessLimit }: RouteDeps): void {
  app.get('/api/setup', async (): Promise<SetupStatus> => services.setup.status());

  app.post('/api/setup', { config: { rateLimit: guessLimit } }, async (req, reply): Promise<Enrolment> => {
    const enrolment = await services.setup.setUp(SetupRequest.parse(req.body));
    reply.status(201);
    return enrolment;
  });
}
