import type { FastifyInstance } from 'fastify';
import { SessionRequest, type StaffSession } from '../../shared/schemas/security.schema';
import { ApiError } from '../http/api-error';
import { expectNoBody } from '../http/request-parts';
import { sessionToken } from '../auth/staff-session';
import type { RouteDeps } from './route-deps';

/** Signing in by PIN for a shift, and signing out (services/session.service). */
export function sessionRoutes(app: FastifyInstance, { auth, services, guessLimit }: RouteDeps): void {
  app.post(
    '/api/sessions',
    { config: { rateLimit: guessLimit } },
    async (req, reply): Promise<StaffSession> => {
      const device = await auth.device(req);
      const body = SessionRequest.parse(req.body);
      const session = await services.sessions.signIn(device, body.staffId, body.pin);
      reply.status(201);
      return session;
    },
  );

  app.delete('/api/sessions/current', async (req, reply) => {
    const device = await auth.device(req);
    expectNoBody(req);
    const token = sessionToken(req);
    if (token === null) throw new ApiError(401, 'session-required');
    await services.sessions.signOut(device, token);
    return reply.status(204).send();
  });
}
