import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ApiError } from './api-error';

/** The `:id` of a route, for its params schema. */
export const IdParams = z.strictObject({ id: z.uuid() });

/**
 * The `:id` of a route. An id that is not one of ours names nothing, so it is answered like an
 * id of another store: 404, with nothing to tell them apart.
 */
export function idParam(req: FastifyRequest): string {
  const parsed = IdParams.safeParse(req.params);
  if (!parsed.success) throw new ApiError(404, 'not-found');
  return parsed.data.id;
}

const Empty = z.strictObject({}).optional();

/** Routes whose meaning is all in the path and the credentials take no body, or an empty one. */
export function expectNoBody(req: FastifyRequest): void {
  if (req.body === null || !Empty.safeParse(req.body).success) throw new ApiError(422, 'invalid-body');
}
