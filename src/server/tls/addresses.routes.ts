import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ServerAddresses } from '../../shared/schemas/server-address.schema';
import { answers, SECURITY } from '../http/openapi';
import type { RouteDeps } from '../routes/route-deps';
import { staffGuard } from '../routes/guards';
import type { ServerAddress } from './server-addresses';

/** Managers see where new tablets reach the server; the network's addresses are nobody else's business. */
export function addressRoutes(
  app: FastifyInstance,
  deps: RouteDeps,
  addresses: () => readonly ServerAddress[],
): void {
  const manager = staffGuard(deps.auth, 'manager');
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/server/addresses',
    {
      schema: {
        summary: 'Where tablets on the store network reach this server (manager)',
        tags: ['server'],
        security: SECURITY.staff,
        response: answers({ 200: ServerAddresses.describe('Each address with its trust page') }),
      },
      preValidation: manager.preValidation,
    },
    () => Promise.resolve({ addresses: [...addresses()] }),
  );
}
