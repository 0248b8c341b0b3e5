import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import Dexie from 'dexie';
import { FloorbookDb } from '../../src/app/db/floorbook-db';
import { dexieTabletCopy } from '../../src/app/db/tablet-copy';
import { httpTransport } from '../../src/app/sync/http-transport';
import { POKE_PATH } from '../../src/app/sync/poke-stream';
import { createSyncEngine } from '../../src/app/sync/sync-engine';
import { createSyncStatusStore } from '../../src/app/sync/sync-status';
import { startSyncTriggers } from '../../src/app/sync/triggers';
import { watchOutboxAdditions } from '../../src/app/sync/outbox-additions';
import { signUpMember } from '../../src/app/commands/member-commands';
import { recordVisit } from '../../src/app/commands/event-commands';
import type { Enrolment } from '../../src/shared/schemas/setup.schema';
import { startServer } from '../e2e/harness';
import { memberFields } from '../fixtures/factories';
import { tabletCommandDeps } from '../sync/fixtures/members';
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
  // Dexie's live queries, which tell the engine of a saved change, stay silent when no global
  // indexedDB was found at load (every browser has one; Node has none).
  Dexie.dependencies.indexedDB ??= new IDBFactory();
  Dexie.dependencies.IDBKeyRange ??= IDBKeyRange;
  const db = new FloorbookDb({ name, indexedDB: new IDBFactory(), IDBKeyRange });
  const clock = () => Date.now();
  const engine = createSyncEngine({
    copy: dexieTabletCopy(db, { deviceId: e.device.id, clock }),
    transport: httpTransport({ baseUrl: url, token: () => e.device.token, clock }),
    status: createSyncStatusStore(),
    clock,
    random: Math.random,
  });
  const deps = tabletCommandDeps(db, { deviceId: e.device.id, staffId: e.staff.id }, clock);
  return { db, engine, deps };
}

/** Run a tablet as the app does while online: sync on its own saves and on the server's pokes. */
async function online(url: string, token: string, t: ReturnType<typeof tablet>): Promise<() => void> {
  const page = new EventTarget();
  let poke: () => void = () => undefined;
  const stopListening = await listen(url, token, () => poke());
  const stop = startSyncTriggers({
    engine: t.engine,
    status: createSyncStatusStore(),
    window: new EventTarget(),
    document: {
      addEventListener: page.addEventListener.bind(page),
      removeEventListener: page.removeEventListener.bind(page),
      visibilityState: 'visible',
    },
    listenForPokes: (p) => {
      poke = p;
      return () => undefined;
    },
    listenForLocalChanges: (changed) => watchOutboxAdditions(t.db, changed),
    timers: {
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
      setInterval: (fn, ms) => setInterval(fn, ms),
      clearInterval: (h) => clearInterval(h as ReturnType<typeof setInterval>),
    },
  });
  return () => {
    stop();
    stopListening();
  };
}

async function until(ready: () => Promise<boolean>): Promise<void> {
  while (!(await ready())) await new Promise((r) => setTimeout(r, 5));
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
 * A visit recorded on tablet A until it is on tablet B. Online: A saves it and its triggers push
 * it, the server pokes B, B pulls. Offline: it waits in A's outbox, then A reconnects. Both
 * tablets use the real engine over loopback HTTP.
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
    // The consent is taken by the staff member signed in, as on the sign-up screen.
    const fields = memberFields();
    const signed = await signUpMember(ta.deps, {
      fields: { ...fields, consent: { ...fields.consent, staffId: a.staff.id } },
    });
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

    // Online: both tablets run as the app does; nothing is called by hand after the save.
    const stopA = await online(server.url, a.device.token, ta);
    const stopB = await online(server.url, b.device.token, tb);
    const live: number[] = [];
    try {
      for (let i = 0; i < rounds; i++) {
        const started = performance.now();
        const visit = await recordVisit(ta.deps, signed.value.memberId, { liked: '新款风衣' });
        if (!visit.ok) throw new Error('visit failed');
        const eventId = visit.value.eventId;
        await until(async () => (await tb.db.events.get(eventId)) !== undefined);
        live.push(performance.now() - started);
        // The outbox empties too: staff see nothing waiting.
        await until(async () => (await ta.db.outbox.count()) === 0);
        await new Promise((r) => setTimeout(r, 300));
      }
    } finally {
      stopA();
      stopB();
    }
    return [
      {
        scenario: 'visit recorded online → visible on a second tablet (median)',
        seconds: percentile(live, 0.5) / 1000,
        megabytes: null,
        note: `${rounds} rounds: save, 250 ms wait, push, poke, pull`,
      },
      {
        scenario: 'visit recorded online → visible on a second tablet (p95)',
        seconds: percentile(live, 0.95) / 1000,
        megabytes: null,
        note: 'same rounds',
      },
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
