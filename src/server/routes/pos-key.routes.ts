import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IssuedPosKey, NewPosKey, PosKeyList } from '../../shared/schemas/pos.schema';
import { answers, NO_CONTENT, SECURITY } from '../http/openapi';
import { expectNoBody, IdParams } from '../http/request-parts';
import { staffGuard } from './guards';
import type { RouteDeps } from './route-deps';

/** The owner's POS keys for the store's till (services/pos-key.service). */
export function posKeyRoutes(app: FastifyInstance, { auth, services }: RouteDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const owner = staffGuard(auth, 'owner');

  api.post(
    '/api/pos-keys',
    {
      schema: {
        summary: 'Issue a POS key for this store’s till; the key is in this answer only (owner)',
        tags: ['pos'],
        security: SECURITY.staff,
        body: NewPosKey,
        response: answers({ 201: IssuedPosKey.describe('The key, shown this once; only its hash is kept') }),
      },
      preValidation: owner.preValidation,
    },
    async (req, reply) => {
      const { device, staff } = owner.of(req);
      const issued = await services.posKeys.issue(device, staff, req.body);
      reply.header('cache-control', 'no-store');
      reply.status(201);
      return issued;
    },
  );

  api.get(
    '/api/pos-keys',
    {
      schema: {
        summary: 'The store’s POS keys, revoked ones too, never the keys themselves (owner)',
        tags: ['pos'],
        security: SECURITY.staff,
        response: answers({ 200: PosKeyList.describe('Newest first') }),
      },
      preValidation: owner.preValidation,
    },
    async (req) => services.posKeys.list(owner.of(req).device),
  );

  api.post(
    '/api/pos-keys/:id/revoke',
    {
      schema: {
        summary: 'Revoke a POS key: the till’s next post is refused (owner)',
        tags: ['pos'],
        security: SECURITY.staff,
        params: IdParams,
        response: answers({ 204: NO_CONTENT }),
      },
      preValidation: owner.preValidation,
    },
    async (req, reply) => {
      const { device, staff } = owner.of(req);
      expectNoBody(req);
      await services.posKeys.revoke(device, staff, req.params.id);
      return reply.status(204).send(null);
    },
  );
}
