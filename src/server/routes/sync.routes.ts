import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  MAX_PULL_LIMIT,
  PROTOCOL_HEADER,
  PushRequest,
  type PushResponse,
} from '../../shared/sync/protocol.schema';
import { rejectionCodeFor } from '../../shared/sync/rejections';
import { pickLanguage } from '../../shared/schemas/api-error.schema';
import type { DatabaseHandle } from '../db/database';
import { checkProtocol } from '../auth/device-auth';
import { ApiError } from '../http/api-error';
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

export function syncRoutes(
  app: FastifyInstance,
  deps: RouteDeps & { db: DatabaseHandle; pokes: PokeBus },
): void {
  const authenticate = deps.auth.device;
  const staffOfSession = deps.auth.sessionStaff;
  const streams = new Set<() => void>();
  // Open poke streams would keep the server from closing; end them first.
  app.addHook('preClose', (done) => {
    for (const end of streams) end();
    done();
  });

  app.post('/api/sync/push', async (req): Promise<PushResponse> => {
    const device = await authenticate(req);
    checkProtocol(req.headers[PROTOCOL_HEADER]);
    const body = PushRequest.safeParse(req.body);
    if (!body.success) {
      const tooMany = body.error.issues.some((i) => i.path[0] === 'mutations' && i.code === 'too_big');
      if (tooMany) throw new ApiError(413, 'too-many-mutations', 'mutations');
      throw new ApiError(422, 'invalid-field', body.error.issues[0]?.path.join('.') || undefined);
    }
    checkProtocol(body.data.protocol);
    const language = pickLanguage(req.headers['accept-language']);
    const { results, changed, seq } = await pushBatch(
      deps.db.db,
      { ...device, sessionStaffId: await staffOfSession(req, device) },
      body.data.mutations,
      deps.clock(),
      language,
    );
    if (changed) deps.pokes.publish(device.storeId);
    const protocol = body.data.protocol;
    return {
      results: results.map((r) =>
        r.status === 'rejected' ? { ...r, code: rejectionCodeFor(r.code, protocol) } : r,
      ),
      serverTime: deps.clock(),
      ...(protocol >= 2 && { seq }),
    };
  });

  app.get('/api/sync/pull', async (req, reply) => {
    const device = await authenticate(req);
    checkProtocol(req.headers[PROTOCOL_HEADER]);
    const query = PullQuery.parse(req.query);
    const protocol = Number(req.headers[PROTOCOL_HEADER]);
    const page = await pullPageJson(
      deps.db.db,
      device.storeId,
      query.cursor,
      query.limit,
      deps.clock(),
      protocol,
    );
    return reply.type('application/json; charset=utf-8').send(page);
  });

  app.get('/api/sync/events', async (req, reply) => {
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
  });
}
