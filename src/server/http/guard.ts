import type { FastifyRequest } from 'fastify';

/**
 * A credential check that runs in Fastify's preValidation hook, before the route's schemas
 * check params, body and query. Security: so a caller without the right credentials is refused
 * before anything she sent is read, and learns nothing of how it would have been checked.
 */
export interface Guard<T> {
  readonly preValidation: (req: FastifyRequest) => Promise<void>;
  /** What the check found, read in the handler. */
  of(req: FastifyRequest): T;
}

export function guard<T>(check: (req: FastifyRequest) => Promise<T>): Guard<T> {
  const found = new WeakMap<FastifyRequest, T>();
  return {
    preValidation: async (req) => {
      found.set(req, await check(req));
    },
    of: (req) => {
      if (!found.has(req)) throw new Error(`${req.method} ${req.url}: the route's guard did not run`);
      return found.get(req) as T;
    },
  };
}
