import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import { jsonSchemaTransform, serializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiErrorBody } from '../../shared/schemas/api-error.schema';
import { SESSION_HEADER } from '../../shared/schemas/security.schema';
import { zodValidatorCompiler } from './zod-validation';

/** A route of the API as Fastify registered it, whether or not the document shows it. */
export interface ApiRoute {
  method: string;
  url: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every /api route Fastify registered (HEAD twins aside), to hold the document to. */
    readonly apiRoutes: readonly ApiRoute[];
  }
}

/** Which credentials an operation asks for, named as in the document's security schemes. */
export const SECURITY = {
  none: [],
  device: [{ deviceToken: [] }],
  staff: [{ deviceToken: [], staffSession: [] }],
  pos: [{ posKey: [] }],
} as const;

/** An operation's answers: its own, and every refusal in the one error shape. */
export function answers<T extends Record<number, unknown>>(own: T) {
  return {
    ...own,
    '4xx': ApiErrorBody.describe('Refused: the code says why, the message in the caller’s language'),
  };
}

/** The answer of a route that answers with no body. */
export const NO_CONTENT = z.null().describe('Done; no body');

const DOCUMENT = z.record(z.string(), z.unknown()).describe('This document (OpenAPI 3.1)');

/**
 * Validation, serialization and the OpenAPI document all from the routes' zod schemas. Call
 * before any route is added: the document and the catalogue hear of routes as they are added.
 * A route under /api with no answers described is refused at start, so none goes undocumented.
 */
export async function installOpenApi(app: FastifyInstance, version: string): Promise<void> {
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const routes: ApiRoute[] = [];
  app.decorate('apiRoutes', routes);
  app.addHook('onRoute', (route) => {
    const url = route.url ?? route.path;
    if (!url.startsWith('/api/') || route.method === 'HEAD') return;
    for (const method of [route.method].flat()) {
      if (!route.schema?.response || !route.schema.summary)
        throw new Error(`${method} ${url} needs a schema with a summary and its answers (http/openapi.ts)`);
      routes.push({ method, url });
    }
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Floorbook API',
        version,
        description:
          'The store server of Floorbook: tablets sync and manage the store through it, and a till posts its daily figures (docs/pos-api.md).',
      },
      components: {
        securitySchemes: {
          deviceToken: {
            type: 'http',
            scheme: 'bearer',
            description: 'The tablet’s credential, given when it is enrolled; revoked with the tablet.',
          },
          staffSession: {
            type: 'apiKey',
            in: 'header',
            name: SESSION_HEADER,
            description: 'A staff member’s session on that tablet, opened with her PIN (POST /api/sessions).',
          },
          posKey: {
            type: 'http',
            scheme: 'bearer',
            description: 'A POS key the owner issued for one store; shown once, revocable.',
          },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  app.get(
    '/api/openapi.json',
    {
      schema: {
        summary: 'This document: every route of the API, its credentials and its zod schemas',
        tags: ['server'],
        security: SECURITY.none,
        response: { 200: DOCUMENT },
      },
    },
    async (_req, reply) => {
      reply.header('cache-control', 'no-cache');
      return app.swagger();
    },
  );
}
