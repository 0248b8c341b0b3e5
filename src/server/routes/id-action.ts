import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Guard } from '../http/guard';
import { answers, NO_CONTENT, SECURITY } from '../http/openapi';
import { expectNoBody, IdParams } from '../http/request-parts';
import type { StaffCaller } from './guards';

/**
 * `POST <path>` naming one record by `:id`, with no body, done by a signed-in staff member and
 * answered 204: revoking a tablet or a POS key, marking a merge reviewed.
 */
export function idActionRoute(
  app: FastifyInstance,
  route: {
    path: `/api/${string}/:id/${string}`;
    summary: string;
    tag: string;
    guard: Guard<StaffCaller>;
    act: (caller: StaffCaller, id: string) => Promise<void>;
  },
): void {
  app.withTypeProvider<ZodTypeProvider>().post(
    route.path,
    {
      schema: {
        summary: route.summary,
        tags: [route.tag],
        security: SECURITY.staff,
        params: IdParams,
        response: answers({ 204: NO_CONTENT }),
      },
      preValidation: route.guard.preValidation,
    },
    async (req, reply) => {
      const caller = route.guard.of(req);
      expectNoBody(req);
      await route.act(caller, req.params.id);
      return reply.status(204).send(null);
    },
  );
}
