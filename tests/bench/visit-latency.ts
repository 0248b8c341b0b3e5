import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { FloorbookDb } from '../../src/app/db/floorbook-db';
import { dexieLocalStore } from '../../src/app/db/local-store';
import { httpTransport } from '../../src/app/sync/http-transport';
import { POKE_PATH } from '../../src/app/sync/poke-stream';
import { createSyncEngine } from '../../src/app/sync/sync-engine';
import { createSyncStatusStore } from '../../src/app/sync/sync-status';
import { signUpMember } from '../../src/app/commands/member-commands';
import { recordVisit } from '../../src/app/commands/event-commands';
import type { Enrolment } from '../../src/shared/schemas/setup.schema';
import { startServer } from '../e2e/harness';
import { memberFields, tabletCommandDeps } from '../sync/fixtures/members';
import type { Row } from './browser-bench';

const OWNER = { storeName: '基准测试店', ownerName: '王丽', password: 'floor2026book', ownerPin: '258036' };

async function post<T>(url: string, body: unknown): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** A tablet in this process: the real engine, store and commands over fake-indexeddb and real HTTP. */
function tablet(url: string, e: Enrolment, name: string) {
  const db = new FloorbookDb({ name, indexedDB: new IDBFactory(), IDBKeyRange });
  const clock = () => Date.now();
  const engine = createSyncEngine({
    store: dexieLocalStore(db, { deviceId: e.device.id, clock }),
    transport: httpTransport({ baseUrl: url, token: () => e.device.token, clock }),
    status: createSyncStatusStore(),
    clock,
    random: Math.random,
  });
  const deps = tabletCommandDeps(db, { deviceId: e.device.id, staffId: e.staff.id }, clock);
  return { db, engine, deps };
}

/** Listen to the server's pokes as the app's poke stream does; calls `onPoke` per poke. */
async function listen(url: string, token: string, onPoke: () => void): Promise<() => void> {
  const controller = new AbortController();
  const res = await fetch(`${url}${POKE_PATH}`, {
    headers: { authorization: `Bearer ${token}` },
    signal: controller.signal,
  });
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      if (value.includes('data: changed')) onPoke();
    }
  })().catch(() => undefined);
  return () => controller.abort();
}

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? NaN;

/**
 * A visit recorded on tablet A while offline, until it is on tablet B: A reconnects and
 * pushes, the server pokes B, B pulls. Both tablets use the real engine over loopback HTTP.
 */
export async function visitLatency(rounds = 30): Promise<Row[]> {
  const server = await startServer();
  try {
    const a = await post<Enrolment>(`${server.url}/api/setup`, { ...OWNER, deviceName: 'A' });
    const b = await post<Enrolment>(`${server.url}/api/devices`, {
      staffName: OWNER.ownerName,
      password: OWNER.password,
      deviceName: 'B',
    });
    const ta = tablet(server.url, a, 'bench-a');
    const tb = tablet(server.url, b, 'bench-b');
    const signed = await signUpMember(ta.deps, { fields: memberFields() });
    if (!signed.ok) throw new Error('sign-up failed');
    await ta.engine.sync();
    await tb.engine.sync();
    let arrived: (() => void) | null = null;
    const stop = await listen(server.url, b.device.token, () => {
      void tb.engine.sync().then(() => arrived?.());
    });
    const samples: number[] = [];
    for (let i = 0; i < rounds; i++) {
      // Offline: the visit only reaches A's outbox.
      const visit = await recordVisit(ta.deps, signed.value.memberId, { liked: '新款风衣' });
      if (!visit.ok) throw new Error('visit failed');
      const eventId = visit.value.eventId;
      const started = performance.now();
      const seen = new Promise<void>((resolve) => {
        arrived = () => {
          void tb.db.events.get(eventId).then((e) => e && resolve());
        };
      });
      await ta.engine.sync();
      await seen;
      samples.push(performance.now() - started);
    }
    stop();
    return [
      {
        scenario: 'visit recorded offline → visible on a second tablet (median)',
        seconds: percentile(samples, 0.5) / 1000,
        megabytes: null,
        note: `${rounds} rounds: reconnect, push, poke, pull`,
      },
      {
        scenario: 'visit recorded offline → visible on a second tablet (p95)',
        seconds: percentile(samples, 0.95) / 1000,
        megabytes: null,
        note: 'same rounds',
      },
    ];
  } finally {
    await server.stop();
  }
}
