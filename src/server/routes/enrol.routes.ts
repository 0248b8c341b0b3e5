import type { FastifyInstance } from 'fastify';
import { EnrolRequest, type Enrolment } from '../../shared/schemas/setup.schema';
import type { RouteDeps } from './route-deps';

/** A manager or owner enrols a new tablet with her password (services/enrol.service). */
export function enrolRoutes(app: FastifyInstance, { services, guessLimit }: RouteDeps): void {
  app.post('/api/devices', { config: { rateLimit: guessLimit } }, async (req, reply): Promise<Enrolment> => {
    const enrolment = await services.enrol.enrolByPassword(EnrolRequest.parse(req.body));
    reply.status(201);
    return enrolment;
  });
}
