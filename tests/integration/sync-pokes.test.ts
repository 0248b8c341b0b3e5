import { afterEach, describe, expect, test } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app';
import { openPostgres, type DatabaseHandle } from '../../src/server/db/database';
import { postgresPokeBus, type PokeBus } from '../../src/server/sync/poke-bus';
import { TEST_DIALECTS, openTestDatabase } from '../fixtures/test-databases';
import { testServer } from '../fixtures/test-server';
import { mutationMaker, push, setUpStore } from '../fixtures/sync-api';
import { memberFields } from '../fixtures/factories';
import { TEST_SECRET } from '../fixtures/test-secret';

const NOW = 1_800_000_000_000;

/** Open the poke stream as a tablet does, the credential in the header, and resolve on the first poke. */
async function listen(app: FastifyInstance, token: string) {
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const controller = new AbortController();
  const res = await fetch(`${address}/api/sync/events`, {
    headers: { authorization: `Bearer ${token}` },
    signal: controller.signal,
  });
  expect(res.headers.get('content-type')).toContain('text/event-stream');
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  const poked = (async () => {
    let text = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return false;
      text += value;
      if (text.includes('data: changed')) return true;
    }
  })().catch(() => false);
  return { poked, close: () => controller.abort() };
}

const within = <T>(p: Promise<T>, ms: number) =>
  Promise.race([p, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), ms))]);

describe.each(TEST_DIALECTS)('pokes on %s', (dialect) => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const fn of cleanup.reverse()) await fn();
    cleanup.length = 0;
  });

  test('a tablet listening is poked after another tablet’s change, and a stream without a credential is refused', async () => {
    const { app, owner: tablet } = await testServer(dialect, { seed: 'store', now: NOW });

    const refused = await app.inject({
      method: 'GET',
      url: '/api/sync/events',
      headers: { authorization: 'Bearer nope-nope-nope-nope-nope' },
    });
    expect(refused.statusCode).toBe(401);
    // A credential in the URL is refused, even a good one: logs and proxies would keep it.
    const inUrl = await app.inject({ method: 'GET', url: `/api/sync/events?token=${tablet.device.token}` });
    expect(inUrl.statusCode).toBe(401);

    const stream = await listen(app, tablet.device.token);
    cleanup.push(() => Promise.resolve(stream.close()));
    await push(app, tablet.device.token, [mutationMaker(tablet).create(memberFields())]);
    expect(await within(stream.poked, 5_000)).toBe(true);
  });

  test.runIf(dialect === 'postgres')(
    'with two server instances on one PostgreSQL, a change pushed to one pokes tablets on the other',
    async () => {
      const db = await openTestDatabase(dialect);
      const url = db.url!;
      const second: DatabaseHandle = openPostgres(url);
      const busA: PokeBus = postgresPokeBus(url);
      const busB: PokeBus = postgresPokeBus(url);
      const a = await buildApp({ db, clock: () => NOW, version: 'test', secret: TEST_SECRET, pokes: busA });
      const b = await buildApp({
        db: second,
        clock: () => NOW,
        version: 'test',
        secret: TEST_SECRET,
        pokes: busB,
      });
      cleanup.push(
        () => db.close(),
        () => second.close(),
        () => busA.close(),
        () => busB.close(),
        () => a.close(),
        () => b.close(),
      );
      const tablet = await setUpStore(a);
      const stream = await listen(b, tablet.device.token);
      cleanup.push(() => Promise.resolve(stream.close()));
      // LISTEN is issued as the bus starts; give it a moment before the change.
      await new Promise((r) => setTimeout(r, 300));
      const res = await push(a, tablet.device.token, [mutationMaker(tablet).create(memberFields())]);
      expect(res.statusCode).toBe(200);
      expect(await within(stream.poked, 5_000)).toBe(true);
    },
  );
});
