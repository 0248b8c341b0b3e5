import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Enrolment, EnrolRequest } from '../../shared/schemas/setup.schema';
import { answers, SECURITY } from '../http/openapi';
import type { RouteDeps } from './route-deps';

/** A manager or owner enrols a new tablet with her password (services/enrol.service). */
export function enrolRoutes(app: FastifyInstance, { services, guessLimit }: RouteDeps): void {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/devices',
    {
      schema: {
        summary: 'Enrol this tablet with a manager’s or owner’s name and password',
        tags: ['devices'],
        security: SECURITY.none,
        body: EnrolRequest,
        response: answers({ 201: Enrolment.describe('The store, this tablet’s credential and her session') }),
      },
      config: { rateLimit: guessLimit },
    },
    async (req, reply) => {
      const enrolment = await services.enrol.enrolByPassword(req.body);
      reply.status(201);
      return enrolment;
    },
  );
}
