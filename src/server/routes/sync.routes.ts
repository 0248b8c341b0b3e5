import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  MAX_PULL_LIMIT,
  PROTOCOL_HEADER,
  PulledPage,
  PushRequest,
  PushResponse,
} from '../../shared/sync/protocol.schema';
import { rejectionCodeFor } from '../../shared/sync/rejections';
import { pickLanguage } from '../../shared/schemas/api-error.schema';
import type { DatabaseHandle } from '../db/database';
import { checkProtocol } from '../auth/device-auth';
import { guard } from '../http/guard';
import { answers, SECURITY } from '../http/openapi';
import { pushBatch } from '../sync/push.service';
import { pullPageJson } from '../sync/pull.service';
import type { PokeBus } from '../sync/poke-bus';
import type { RouteDeps } from './route-deps';

const PullQuery = z.strictObject({
  cursor: z.string().max(200).default(''),
  limit: z.coerce.number().int().min(1).max(MAX_PULL_LIMIT).default(1_000),
});

// A comment line every so often keeps proxies and the tablet's network stack from closing the stream.
const HEARTBEAT_MS = 25_000;

const PROTOCOL_NOTE = `The tablet names its protocol in the \`${PROTOCOL_HEADER}\` header; one older than the server speaks is answered 426.`;

// The page is spliced from stored JSON text (decision 0009), so it is described here, not serialized.
const PulledPageText = {
  description: 'Protocol 3: `changes` of any type; protocols 1 and 2: members and events',
  content: { 'application/json': { schema: PulledPage } },
};

const Pokes = {
  description: 'Server-sent events: `data: changed` whenever the store has something new to pull',
  content: { 'text/event-stream': { schema: z.string() } },
};

export function syncRoutes(
  app: FastifyInstance,
  deps: RouteDeps & { db: DatabaseHandle; pokes: PokeBus },
): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const authenticate = deps.auth.device;
  const staffOfSession = deps.auth.sessionStaff;
  // The protocol is checked with the credentials, before the request's shape.
  const syncing = guard(async (req) => {
    const device = await authenticate(req);
    checkProtocol(req.headers[PROTOCOL_HEADER]);
    return device;
  });
  const streams = new Set<() => void>();
  // Open poke streams would keep the server from closing; end them first.
  app.addHook('preClose', (done) => {
    for (const end of streams) end();
    done();
  });

  api.post(
    '/api/sync/push',
    {
      schema: {
        summary: 'Push a batch of the tablet’s changes; each is applied once, however often it comes',
        description: PROTOCOL_NOTE,
        tags: ['sync'],
        security: SECURITY.device,
        body: PushRequest,
        response: answers({ 200: PushResponse.describe('What became of each change') }),
      },
      preValidation: syncing.preValidation,
    },
    async (req) => {
      const device = syncing.of(req);
      checkProtocol(req.body.protocol);
      const language = pickLanguage(req.headers['accept-language']);
      const { results, changed, seq } = await pushBatch(
        deps.db.db,
        { ...device, sessionStaffId: await staffOfSession(req, device) },
        req.body.mutations,
        deps.clock(),
        language,
      );
      if (changed) deps.pokes.publish(device.storeId);
      const protocol = req.body.protocol;
      return {
        results: results.map((r) =>
          r.status === 'rejected' ? { ...r, code: rejectionCodeFor(r.code, protocol) } : r,
        ),
        serverTime: deps.clock(),
        ...(protocol >= 2 && { seq }),
      };
    },
  );

  api.get(
    '/api/sync/pull',
    {
      schema: {
        summary: 'A page of the store’s changes after a cursor, in change-number order',
        description: PROTOCOL_NOTE,
        tags: ['sync'],
        security: SECURITY.device,
        querystring: PullQuery,
        response: answers({ 200: PulledPageText }),
      },
      preValidation: syncing.preValidation,
    },
    async (req, reply) => {
      const device = syncing.of(req);
      const protocol = Number(req.headers[PROTOCOL_HEADER]);
      const page = await pullPageJson(
        deps.db.db,
        device.storeId,
        req.query.cursor,
        req.query.limit,
        deps.clock(),
        protocol,
      );
      // Already JSON text: Fastify sends a string as it is, never through the serializer.
      return reply.type('application/json; charset=utf-8').send(page as unknown as PulledPage);
    },
  );

  api.get(
    '/api/sync/events',
    {
      schema: {
        summary: 'The poke stream: told at once when another tablet changed something',
        tags: ['sync'],
        security: SECURITY.device,
        response: answers({ 200: Pokes }),
      },
    },
    async (req, reply) => {
      const device = await authenticate(req, { hijacked: true });
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      res.write('retry: 5000\n\n');
      const unsubscribe = deps.pokes.subscribe(device.storeId, () => res.write('data: changed\n\n'));
      const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
      const end = () => {
        clearInterval(heartbeat);
        unsubscribe();
        streams.delete(end);
        res.end();
      };
      streams.add(end);
      req.raw.on('close', end);
    },
  );
}
