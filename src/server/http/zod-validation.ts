import type { FastifySchemaCompiler } from 'fastify';
import type { ZodError, ZodType } from 'zod';
import { ApiError } from './api-error';

/**
 * A refusal in the API's one error shape, as the routes answered when they parsed by hand:
 * a bad id is 404 like another store's (nothing tells them apart), a push over its batch limit is
 * 413 (the tablet splits the batch), anything else 422 naming the first field that failed.
 */
function refusal(error: ZodError, part: string | undefined): ApiError {
  if (part === 'params') return new ApiError(404, 'not-found');
  if (error.issues.some((i) => i.path.length === 1 && i.path[0] === 'mutations' && i.code === 'too_big'))
    return new ApiError(413, 'too-many-mutations', 'mutations');
  return new ApiError(422, 'invalid-field', error.issues[0]?.path.join('.') || undefined);
}

/**
 * Fastify checks params, body and query against the route's own zod schemas (the same ones the
 * OpenAPI document is made from) and hands the handler what they parsed to.
 */
export const zodValidatorCompiler: FastifySchemaCompiler<ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const parsed = schema.safeParse(data);
    return parsed.success ? { value: parsed.data } : { error: refusal(parsed.error, httpPart) };
  };
