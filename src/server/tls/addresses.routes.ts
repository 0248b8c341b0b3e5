import type { FastifyInstance } from 'fastify';
import type { ServerAddresses } from '../../shared/schemas/server-address.schema';
import type { RouteDeps } from '../routes/route-deps';
import type { ServerAddress } from './server-addresses';

/** Managers see where new tablets reach the server; the network's addresses are nobody else's business. */
export function addressRoutes(
  app: FastifyInstance,
  deps: RouteDeps,
  addresses: () => readonly ServerAddress[],
): void {
  app.get('/api/server/addresses', async (req): Promise<ServerAddresses> => {
    const device = await deps.auth.device(req);
    await deps.auth.staff(req, device, 'manager');
    return { addresses: [...addresses()] };
  });
}
