import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { NewStaff, PinReset, StaffCard, StaffPatch, StaffRoster } from '../../shared/schemas/security.schema';
import { guard } from '../http/guard';
import { answers, NO_CONTENT, SECURITY } from '../http/openapi';
import { IdParams, idParam } from '../http/request-parts';
import { deviceGuard, staffGuard } from './guards';
import type { RouteDeps } from './route-deps';

/** The staff list every tablet of the store holds, and the owner's changes to it. */
export function staffRoutes(app: FastifyInstance, { auth, services }: RouteDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const staff = services.staff;
  const tablet = deviceGuard(auth);
  const owner = staffGuard(auth, 'owner');
  // Who may set it is answered before the body is read: a refused caller learns nothing of its checks.
  const pinSetter = guard(async (req) => {
    const device = await auth.device(req);
    const by = await auth.staff(req, device, 'associate');
    const id = idParam(req);
    await staff.mayResetPin(device, by, id);
    return { device, by, id };
  });

  // Any enrolled tablet: it needs every verifier to let staff switch by PIN with no network.
  api.get(
    '/api/staff',
    {
      schema: {
        summary: 'The store’s staff with their offline PIN verifiers',
        tags: ['staff'],
        security: SECURITY.device,
        response: answers({ 200: StaffRoster.describe('Every active staff member') }),
      },
      preValidation: tablet.preValidation,
    },
    async (req) => staff.roster(tablet.of(req)),
  );

  api.post(
    '/api/staff',
    {
      schema: {
        summary: 'Add a staff member with her role and PIN (owner)',
        tags: ['staff'],
        security: SECURITY.staff,
        body: NewStaff,
        response: answers({ 201: StaffCard.describe('The new staff member') }),
      },
      preValidation: owner.preValidation,
    },
    async (req, reply) => {
      const { device, staff: by } = owner.of(req);
      const card = await staff.add(device, by, req.body);
      reply.status(201);
      return card;
    },
  );

  api.patch(
    '/api/staff/:id',
    {
      schema: {
        summary: 'Change a staff member’s role, or let her go (owner)',
        tags: ['staff'],
        security: SECURITY.staff,
        params: IdParams,
        body: StaffPatch,
        response: answers({ 204: NO_CONTENT }),
      },
      preValidation: owner.preValidation,
    },
    async (req, reply) => {
      const { device, staff: by } = owner.of(req);
      await staff.change(device, by, req.params.id, req.body);
      return reply.status(204).send(null);
    },
  );

  api.put(
    '/api/staff/:id/pin',
    {
      schema: {
        summary: 'Set a staff member’s PIN: her own, an associate’s (manager), anyone’s (owner)',
        tags: ['staff'],
        security: SECURITY.staff,
        params: IdParams,
        body: PinReset,
        response: answers({ 204: NO_CONTENT }),
      },
      preValidation: pinSetter.preValidation,
    },
    async (req, reply) => {
      const { device, by, id } = pinSetter.of(req);
      await staff.resetPin(device, by, id, req.body.pin);
      return reply.status(204).send(null);
    },
  );
}
