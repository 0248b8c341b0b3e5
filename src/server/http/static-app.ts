import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

// Files that name the current version must never be served stale, or a tablet would keep
// an old app forever; hashed assets never change, so they may be cached for a year.
const ALWAYS_FRESH = /(^|\/)(index\.html|sw\.js|registerSW\.js|manifest\.webmanifest|workbox-[^/]+\.js)$/;

export async function serveApp(app: FastifyInstance, staticDir: string): Promise<void> {
  const index = path.join(staticDir, 'index.html');
  if (!fs.existsSync(index)) return;
  await app.register(fastifyStatic, {
    root: staticDir,
    wildcard: false,
    index: false,
    cacheControl: false,
    setHeaders(res, file) {
      const rel = path.relative(staticDir, file).split(path.sep).join('/');
      if (ALWAYS_FRESH.test(rel)) res.header('cache-control', 'no-cache');
      else if (rel.startsWith('assets/')) res.header('cache-control', 'public, max-age=31536000, immutable');
      else res.header('cache-control', 'public, max-age=3600');
    },
  });
  // Client-side routes get the app shell; anything that looks like a file and is missing is a 404.
  app.get('/*', { schema: { hide: true } }, (req, reply) => {
    const url = req.url.split('?')[0] ?? '/';
    if (url.startsWith('/api/') || path.extname(url) !== '') {
      return reply.callNotFound();
    }
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html');
  });
  app.get('/', { schema: { hide: true } }, (_req, reply) => {
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html');
  });
}
