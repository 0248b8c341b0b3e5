import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { DeviceEnrolment, DeviceList, EnrolByCode, EnrolCode } from '../../shared/schemas/security.schema';
import { answers, SECURITY } from '../http/openapi';
import { expectNoBody } from '../http/request-parts';
import { staffGuard } from './guards';
import { idActionRoute } from './id-action';
import type { RouteDeps } from './route-deps';

/** Tablets of the store: enrolled by a manager's one-time code, listed and revoked by the owner. */
export function deviceRoutes(app: FastifyInstance, { auth, services, guessLimit }: RouteDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const devices = services.devices;
  const manager = staffGuard(auth, 'manager');
  const owner = staffGuard(auth, 'owner');

  api.post(
    '/api/enrol-codes',
    {
      schema: {
        summary: 'A one-time code another tablet enrols with, valid for minutes (manager)',
        tags: ['devices'],
        security: SECURITY.staff,
        response: answers({ 201: EnrolCode.describe('The code and when it runs out') }),
      },
      preValidation: manager.preValidation,
    },
    async (req, reply) => {
      const { device, staff } = manager.of(req);
      expectNoBody(req);
      const code = await devices.createEnrolCode(device, staff);
      reply.status(201);
      return code;
    },
  );

  api.post(
    '/api/devices/by-code',
    {
      schema: {
        summary: 'Enrol this tablet with a manager’s one-time code',
        tags: ['devices'],
        security: SECURITY.none,
        body: EnrolByCode,
        response: answers({ 201: DeviceEnrolment.describe('The store and this tablet’s credential') }),
      },
      config: { rateLimit: guessLimit },
    },
    async (req, reply) => {
      const enrolment = await devices.enrolByCode(req.body);
      reply.status(201);
      return enrolment;
    },
  );

  api.get(
    '/api/devices',
    {
      schema: {
        summary: 'The store’s tablets (owner)',
        tags: ['devices'],
        security: SECURITY.staff,
        response: answers({ 200: DeviceList.describe('Every tablet, revoked ones too') }),
      },
      preValidation: owner.preValidation,
    },
    async (req) => devices.list(owner.of(req).device),
  );

  idActionRoute(app, {
    path: '/api/devices/:id/revoke',
    summary: 'Revoke another tablet of the store; it wipes its data at its next contact (owner)',
    tag: 'devices',
    guard: owner,
    act: ({ device, staff }, id) => devices.revoke(device, staff, id),
  });
}
