import type { FastifyInstance } from 'fastify';
import { SessionRequest, type StaffSession } from '../../shared/schemas/security.schema';
import { ApiError } from '../http/api-error';
import { expectNoBody } from '../http/request-parts';
import { deviceAuth } from '../auth/device-auth';
import { hashToken } from '../auth/secrets';
import { issueSession, sessionToken } from '../auth/staff-session';
import { pinSignIn } from '../auth/pin-sign-in';
import { sessionRepository } from '../repositories/session.repository';
import type { RouteDeps } from './route-deps';

/**
 * A staff session: the PIN checked by the server opens the routes of managers and owners on
 * this tablet for a shift. Floor work needs none: the tablet checks PINs offline for that.
 */
export function sessionRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const authenticate = deviceAuth(deps.db.db, deps.clock);
  const signIn = pinSignIn(deps.db.db, deps.keys, deps.clock);
  const sessions = sessionRepository(deps.db.db);

  app.post(
    '/api/sessions',
    { config: { rateLimit: deps.guessLimit } },
    async (req, reply): Promise<StaffSession> => {
      const device = await authenticate(req);
      const body = SessionRequest.parse(req.body);
      const staff = await signIn(device, body.staffId, body.pin);
      const session = await issueSession(deps.db.db, {
        storeId: device.storeId,
        staffId: staff.id,
        deviceId: device.deviceId,
        now: deps.clock(),
      });
      reply.status(201);
      return { token: session.token, expiresAt: session.expiresAt, staff } as StaffSession;
    },
  );

  // Signing out ends this tablet's session whatever state it is in; an unknown one is already gone.
  app.delete('/api/sessions/current', async (req, reply) => {
    const device = await authenticate(req);
    expectNoBody(req);
    const token = sessionToken(req);
    if (token === null) throw new ApiError(401, 'session-required');
    await sessions.end(hashToken(token), device.deviceId);
    return reply.status(204).send();
  });
}
