import { describe, expect, test } from 'vitest';
import Fastify from 'fastify';
import { z } from 'zod';
import { installOpenApi } from '../../src/server/http/openapi';
import { testServer } from '../fixtures/test-server';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

// Only the parts of OpenAPI 3.1 this test reads; the checks below hold the rest to the spec's rules.
const Operation = z.object({
  summary: z.string().min(1),
  tags: z.array(z.string()).min(1),
  security: z.array(z.record(z.string(), z.array(z.string()))),
  parameters: z
    .array(
      z.object({
        name: z.string(),
        in: z.enum(['path', 'query', 'header', 'cookie']),
        required: z.boolean().optional(),
      }),
    )
    .optional(),
  requestBody: z.object({ content: z.record(z.string(), z.object({ schema: z.unknown() })) }).optional(),
  responses: z.record(
    z.string().regex(/^([1-5]\d\d|[1-5]XX|default)$/),
    z.object({
      description: z.string(),
      content: z.record(z.string(), z.object({ schema: z.unknown() })).optional(),
    }),
  ),
});
const Document = z.object({
  openapi: z.string().regex(/^3\.1\.\d+$/),
  info: z.object({ title: z.string().min(1), version: z.string().min(1) }),
  components: z.object({
    securitySchemes: z.record(
      z.string(),
      z.union([
        z.object({ type: z.literal('http'), scheme: z.string() }),
        z.object({ type: z.literal('apiKey'), in: z.literal('header'), name: z.string() }),
      ]),
    ),
  }),
  paths: z.record(z.string().startsWith('/'), z.record(z.string(), z.unknown())),
});

/** The operations of a document as `METHOD /path/{param}`, each with its object. */
function operations(doc: z.infer<typeof Document>): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [path, item] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(item))
      if (METHODS.includes(method)) out.set(`${method.toUpperCase()} ${path}`, op);
  return out;
}

describe('GET /api/openapi.json', () => {
  test('is an OpenAPI 3.1 document of every registered route, each with its credentials and answers', async () => {
    const { app } = await testServer('sqlite', { seed: 'none', app: { version: '9.9.9' } });
    const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = Document.parse(res.json());
    expect(doc.info.version).toBe('9.9.9');

    // Fastify's own list of the routes it registered, beside the document's.
    const registered = app.apiRoutes.map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`).sort();
    const documented = operations(doc);
    expect([...documented.keys()].sort()).toEqual(registered);
    expect(registered).toContain('POST /api/sync/push');

    const schemes = Object.keys(doc.components.securitySchemes);
    expect(schemes.sort()).toEqual(['deviceToken', 'posKey', 'staffSession']);
    for (const [name, raw] of documented) {
      const op = Operation.parse(raw);
      const successes = Object.entries(op.responses).filter(([code]) => /^2/.test(code));
      expect(successes.length, name).toBeGreaterThan(0);
      // Fastify's stand-in for a route that described nothing.
      for (const [, r] of successes) expect(r.description, name).not.toBe('Default Response');
      for (const requirement of op.security)
        for (const s of Object.keys(requirement)) expect(schemes, name).toContain(s);
      const pathParams = [...name.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const declared = (op.parameters ?? []).filter((p) => p.in === 'path');
      expect(declared.map((p) => p.name).sort(), name).toEqual(pathParams.sort());
      for (const p of declared) expect(p.required, name).toBe(true);
      // A refusal is described on every route that can refuse.
      if (op.security.length > 0 || op.requestBody) expect(Object.keys(op.responses), name).toContain('4XX');
    }
  });

  test('names the credentials each kind of route asks for', async () => {
    const { app } = await testServer('sqlite', { seed: 'none' });
    const doc = Document.parse((await app.inject({ method: 'GET', url: '/api/openapi.json' })).json());
    const security = (name: string) => Operation.parse(operations(doc).get(name)).security;
    expect(security('GET /api/health')).toEqual([]);
    expect(security('GET /api/staff')).toEqual([{ deviceToken: [] }]);
    expect(security('GET /api/devices')).toEqual([{ deviceToken: [], staffSession: [] }]);
  });

  test('a route added with no schema stops the server from starting', async () => {
    const app = Fastify();
    await installOpenApi(app, 'test');
    expect(() => app.get('/api/undocumented', () => 'x')).toThrow(/needs a schema/);
    await app.close();
  });
});
