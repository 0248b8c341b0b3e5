import type { FastifyInstance } from 'fastify';
import {
  NewStaff,
  PinReset,
  StaffPatch,
  type StaffCard,
  type StaffRoster,
} from '../../shared/schemas/security.schema';
import { idParam } from '../http/request-parts';
import type { RouteDeps } from './route-deps';

/** The staff list every tablet of the store holds, and the owner's changes to it. */
export function staffRoutes(app: FastifyInstance, { auth, services }: RouteDeps): void {
  const staff = services.staff;

  // Any enrolled tablet: it needs every verifier to let staff switch by PIN with no network.
  app.get('/api/staff', async (req): Promise<StaffRoster> => staff.roster(await auth.device(req)));

  app.post('/api/staff', async (req, reply): Promise<StaffCard> => {
    const device = await auth.device(req);
    const owner = await auth.staff(req, device, 'owner');
    const card = await staff.add(device, owner, NewStaff.parse(req.body));
    reply.status(201);
    return card;
  });

  app.patch('/api/staff/:id', async (req, reply) => {
    const device = await auth.device(req);
    const owner = await auth.staff(req, device, 'owner');
    const id = idParam(req);
    await staff.change(device, owner, id, StaffPatch.parse(req.body));
    return reply.status(204).send();
  });

  app.put('/api/staff/:id/pin', async (req, reply) => {
    const device = await auth.device(req);
    const by = await auth.staff(req, device, 'associate');
    const id = idParam(req);
    // Who may set it is answered before the body is read: a refused caller learns nothing of its checks.
    await staff.mayResetPin(device, by, id);
    await staff.resetPin(device, by, id, PinReset.parse(req.body).pin);
    return reply.status(204).send();
  });
}
