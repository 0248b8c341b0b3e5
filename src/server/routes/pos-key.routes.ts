import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IssuedPosKey, NewPosKey, PosKeyList } from '../../shared/schemas/pos.schema';
import { answers, SECURITY } from '../http/openapi';
import { staffGuard } from './guards';
import { idActionRoute } from './id-action';
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

  idActionRoute(app, {
    path: '/api/pos-keys/:id/revoke',
    summary: 'Revoke a POS key: the till’s next post is refused (owner)',
    tag: 'pos',
    guard: owner,
    act: ({ device, staff }, id) => services.posKeys.revoke(device, staff, id),
  });
}
