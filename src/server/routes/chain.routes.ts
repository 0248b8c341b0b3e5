import type { FastifyInstance, FastifyRequest } from 'fastify';
import { NewStore, type ChainStores, type CreatedStore } from '../../shared/schemas/chain.schema';
import { ApiError } from '../http/api-error';
import type { AuthedDevice } from '../auth/device-auth';
import type { AuthedStaff } from '../auth/staff-session';
import type { RouteDeps } from './route-deps';

/** Head office's figures of every store, and opening a store (services/chain.service). */
export function chainRoutes(app: FastifyInstance, { auth, services }: RouteDeps): void {
  // Security: head office is checked right after the credentials, before anything is read or
  // parsed, so a store's owner learns nothing of the others, not even how the body is checked.
  const headOffice = async (req: FastifyRequest): Promise<{ device: AuthedDevice; by: AuthedStaff }> => {
    const device = await auth.device(req);
    const by = await auth.staff(req, device, 'owner');
    if (!by.chainAdmin) throw new ApiError(403, 'forbidden');
    return { device, by };
  };

  app.get('/api/chain/stores', async (req): Promise<ChainStores> => {
    await headOffice(req);
    return services.chain.stores();
  });

  app.post('/api/chain/stores', async (req, reply): Promise<CreatedStore> => {
    const { device, by } = await headOffice(req);
    const created = await services.chain.openStore(device, by, NewStore.parse(req.body));
    reply.status(201);
    return created;
  });
}
