import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { TillDaysAnswer, TillDaysPost } from '../../shared/schemas/pos.schema';
import { guard } from '../http/guard';
import { answers, SECURITY } from '../http/openapi';
import type { PokeBus } from '../sync/poke-bus';
import type { RouteDeps } from './route-deps';

/** What the store's till posts, with the POS key the owner issued (docs/pos-api.md). */
export function posRoutes(
  app: FastifyInstance,
  { auth, services, pokes }: RouteDeps & { pokes: PokeBus },
): void {
  const till = guard((req) => auth.pos(req));
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/pos/till-days',
    {
      schema: {
        summary: 'The till’s whole-store sales, tickets and pieces of one or more days',
        description:
          'Each day lands in the store’s till-day record and reaches its tablets. The same `postId` sent again is taken once: the answer then says `already-taken` and nothing changes. A day after the store’s today (in its time zone) is refused 422 `day-in-future`; a `storeId` other than the key’s store 403.',
        tags: ['pos'],
        security: SECURITY.pos,
        body: TillDaysPost,
        response: answers({ 200: TillDaysAnswer.describe('Taken now, or taken before') }),
      },
      preValidation: till.preValidation,
    },
    async (req) => {
      const key = till.of(req);
      const { answer, changed } = await services.pos.postTillDays(key, req.body);
      if (changed) pokes.publish(key.storeId);
      return answer;
    },
  );
}
