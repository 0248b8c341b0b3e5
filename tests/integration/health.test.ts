import { beforeEach, describe, expect, test } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { DatabaseHandle } from '../../src/server/db/database';
import { TEST_DIALECTS } from '../fixtures/test-databases';
import { testServer } from '../fixtures/test-server';
import { buildApp } from '../../src/server/app';
import { TEST_SECRET } from '../fixtures/test-secret';
import { LATEST_MIGRATION } from '../../src/server/db/migrations/migrations';

describe.each(TEST_DIALECTS)('GET /api/health on %s', (dialect) => {
  let db: DatabaseHandle;
  let app: FastifyInstance;
  beforeEach(async () => {
    ({ db, app } = await testServer(dialect, {
      seed: 'none',
      now: 1_700_000_000_000,
      app: { version: '9.9.9' },
    }));
  });

  test('reports version, dialect and migration level', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'ok',
      version: '9.9.9',
      dialect,
      migration: LATEST_MIGRATION,
      app: null,
    });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  test('names the build of the app it serves, so tablets on another build look for the update', async () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'floorbook-dist-'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>x</title>');
    fs.writeFileSync(path.join(dist, 'build.json'), JSON.stringify({ version: '9.9.9', build: '9.9.9+abc' }));
    const served = await buildApp({
      db,
      clock: () => 0,
      version: '9.9.9',
      secret: TEST_SECRET,
      staticDir: dist,
    });
    const res = await served.inject({ method: 'GET', url: '/api/health' });
    expect(res.json()).toMatchObject({ app: { version: '9.9.9', build: '9.9.9+abc' } });
    await served.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  test('answers an unknown API path with the one error shape, in Chinese by default', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/nope' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ code: 'not-found', message: '找不到该内容。', retryable: false });
  });

  test('answers in English when the tablet asks for it', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/api/nope',
      headers: { 'accept-language': 'en-GB' },
    });
    expect(res.json()).toMatchObject({ message: 'Not found.' });
  });
});
