import type { FastifyInstance } from 'fastify';
import type { ServerAddresses } from '../../shared/schemas/server-address.schema';
import { deviceAuth } from '../auth/device-auth';
import { staffAuth } from '../auth/staff-session';
import type { RouteDeps } from '../routes/route-deps';
import type { ServerAddress } from './server-addresses';

/** Managers see where new tablets reach the server; the network's addresses are nobody else's business. */
export function addressRoutes(
  app: FastifyInstance,
  deps: RouteDeps,
  addresses: () => readonly ServerAddress[],
): void {
  const authenticate = deviceAuth(deps.db.db, deps.clock);
  const authenticateStaff = staffAuth(deps.db.db, deps.clock);
  app.get('/api/server/addresses', async (req): Promise<ServerAddresses> => {
    const device = await authenticate(req);
    await authenticateStaff(req, device, 'manager');
    return { addresses: [...addresses()] };
  });
}
