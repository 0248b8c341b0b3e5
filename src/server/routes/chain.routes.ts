import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ChainStores, CreatedStore, NewStore } from '../../shared/schemas/chain.schema';
import { ApiError } from '../http/api-error';
import { guard } from '../http/guard';
import { answers, SECURITY } from '../http/openapi';
import type { RouteDeps } from './route-deps';

/** Head office's figures of every store, and opening a store (services/chain.service). */
export function chainRoutes(app: FastifyInstance, { auth, services }: RouteDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  // Security: head office is checked right after the credentials, before anything is read or
  // parsed, so a store's owner learns nothing of the others, not even how the body is checked.
  const headOffice = guard(async (req) => {
    const device = await auth.device(req);
    const by = await auth.staff(req, device, 'owner');
    if (!by.chainAdmin) throw new ApiError(403, 'forbidden');
    return { device, by };
  });

  api.get(
    '/api/chain/stores',
    {
      schema: {
        summary: 'Every store’s figures over the last 30 days (head office)',
        tags: ['chain'],
        security: SECURITY.staff,
        response: answers({ 200: ChainStores.describe('Figures only, never a member') }),
      },
      preValidation: headOffice.preValidation,
    },
    async () => services.chain.stores(),
  );

  api.post(
    '/api/chain/stores',
    {
      schema: {
        summary: 'Open a store with its owner (head office)',
        tags: ['chain'],
        security: SECURITY.staff,
        body: NewStore,
        response: answers({ 201: CreatedStore.describe('The new store and its owner') }),
      },
      preValidation: headOffice.preValidation,
    },
    async (req, reply) => {
      const { device, by } = headOffice.of(req);
      const created = await services.chain.openStore(device, by, req.body);
      reply.status(201);
      return created;
    },
  );
}
