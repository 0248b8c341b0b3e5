import type { FastifyInstance } from 'fastify';
import {
  EnrolByCode,
  type DeviceEnrolment,
  type DeviceList,
  type EnrolCode,
} from '../../shared/schemas/security.schema';
import { expectNoBody, idParam } from '../http/request-parts';
import type { RouteDeps } from './route-deps';

/** Tablets of the store: enrolled by a manager's one-time code, listed and revoked by the owner. */
export function deviceRoutes(app: FastifyInstance, { auth, services, guessLimit }: RouteDeps): void {
  const devices = services.devices;

  app.post('/api/enrol-codes', async (req, reply): Promise<EnrolCode> => {
    const device = await auth.device(req);
    const manager = await auth.staff(req, device, 'manager');
    expectNoBody(req);
    const code = await devices.createEnrolCode(device, manager);
    reply.status(201);
    return code;
  });

  app.post(
    '/api/devices/by-code',
    { config: { rateLimit: guessLimit } },
    async (req, reply): Promise<DeviceEnrolment> => {
      const enrolment = await devices.enrolByCode(EnrolByCode.parse(req.body));
      reply.status(201);
      return enrolment;
    },
  );

  app.get('/api/devices', async (req): Promise<DeviceList> => {
    const device = await auth.device(req);
    await auth.staff(req, device, 'owner');
    return devices.list(device);
  });

  app.post('/api/devices/:id/revoke', async (req, reply) => {
    const device = await auth.device(req);
    const owner = await auth.staff(req, device, 'owner');
    const id = idParam(req);
    expectNoBody(req);
    await devices.revoke(device, owner, id);
    return reply.status(204).send();
  });
}
