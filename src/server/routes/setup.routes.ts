import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Enrolment, SetupRequest, SetupStatus } from '../../shared/schemas/setup.schema';
import { answers, SECURITY } from '../http/openapi';
import type { RouteDeps } from './route-deps';

/** First run: with no store yet, the owner creates it and this tablet is enrolled in the same step. */
export function setupRoutes(app: FastifyInstance, { services, guessLimit }: RouteDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/setup',
    {
      schema: {
        summary: 'Whether the server still waits for its first store',
        tags: ['setup'],
        security: SECURITY.none,
        response: answers({ 200: SetupStatus.describe('`needed` until a store is set up') }),
      },
    },
    async () => services.setup.status(),
  );

  api.post(
    '/api/setup',
    {
      schema: {
        summary: 'Set up the first store and its owner, enrolling this tablet',
        tags: ['setup'],
        security: SECURITY.none,
        body: SetupRequest,
        response: answers({ 201: Enrolment.describe('The store, this tablet’s credential and her session') }),
      },
      config: { rateLimit: guessLimit },
    },
    async (req, reply) => {
      const enrolment = await services.setup.setUp(req.body);
      reply.status(201);
      return enrolment;
    },
  );
}
