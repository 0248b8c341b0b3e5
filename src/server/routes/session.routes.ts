import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { SessionRequest, StaffSession } from '../../shared/schemas/security.schema';
import { ApiError } from '../http/api-error';
import { answers, NO_CONTENT, SECURITY } from '../http/openapi';
import { expectNoBody } from '../http/request-parts';
import { sessionToken } from '../auth/staff-session';
import { deviceGuard } from './guards';
import type { RouteDeps } from './route-deps';

/** Signing in by PIN for a shift, and signing out (services/session.service). */
export function sessionRoutes(app: FastifyInstance, { auth, services, guessLimit }: RouteDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tablet = deviceGuard(auth);

  api.post(
    '/api/sessions',
    {
      schema: {
        summary: 'Sign a staff member in on this tablet with her PIN',
        tags: ['sessions'],
        security: SECURITY.device,
        body: SessionRequest,
        response: answers({ 201: StaffSession.describe('Her session, sent as the session header') }),
      },
      preValidation: tablet.preValidation,
      config: { rateLimit: guessLimit },
    },
    async (req, reply) => {
      const session = await services.sessions.signIn(tablet.of(req), req.body.staffId, req.body.pin);
      reply.status(201);
      return session;
    },
  );

  api.delete(
    '/api/sessions/current',
    {
      schema: {
        summary: 'Sign out the session this request carries',
        tags: ['sessions'],
        security: SECURITY.staff,
        response: answers({ 204: NO_CONTENT }),
      },
      preValidation: tablet.preValidation,
    },
    async (req, reply) => {
      const device = tablet.of(req);
      expectNoBody(req);
      const token = sessionToken(req);
      if (token === null) throw new ApiError(401, 'session-required');
      await services.sessions.signOut(device, token);
      return reply.status(204).send(null);
    },
  );
}
