import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { LOCAL_CHANGE_DELAY_MS, startSyncTriggers, type TriggerDeps } from './triggers';
import { createSyncStatusStore } from './sync-status';
import type { SyncOutcome } from './sync-engine';

let outcomes: SyncOutcome[];
let syncs: number;
let poke: () => void;
let saved: () => void;
let win: EventTarget;
let visibility: DocumentVisibilityState;
let doc: TriggerDeps['document'];
let stop: () => void;
const status = createSyncStatusStore();

function start() {
  const target = new EventTarget();
  doc = {
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
    get visibilityState() {
      return visibility;
    },
    dispatchEvent: target.dispatchEvent.bind(target),
  } as TriggerDeps['document'];
  stop = startSyncTriggers({
    engine: {
      sync: () => {
        syncs += 1;
        return Promise.resolve(outcomes.shift() ?? { kind: 'synced' });
      },
    },
    status,
    window: win,
    document: doc,
    listenForPokes: (p) => {
      poke = p;
      return () => undefined;
    },
    listenForLocalChanges: (changed) => {
      saved = changed;
      return () => undefined;
    },
    timers: {
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      clearTimeout: (h) => clearTimeout(h as number),
      setInterval: (fn, ms) => setInterval(fn, ms),
      clearInterval: (h) => clearInterval(h as number),
    },
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  outcomes = [];
  syncs = 0;
  win = new EventTarget();
  visibility = 'visible';
});
afterEach(() => {
  stop();
  vi.useRealTimers();
});

describe('startSyncTriggers', () => {
  test('syncs at start, when the network returns, when the app comes to the front, and on a poke', async () => {
    start();
    await vi.advanceTimersByTimeAsync(0);
    win.dispatchEvent(new Event('online'));
    visibility = 'hidden';
    (doc as unknown as EventTarget).dispatchEvent(new Event('visibilitychange'));
    visibility = 'visible';
    (doc as unknown as EventTarget).dispatchEvent(new Event('visibilitychange'));
    poke();
    await vi.advanceTimersByTimeAsync(0);
    expect(syncs).toBe(4);
  });

  test('syncs every 30 seconds as a safety net', async () => {
    start();
    await vi.advanceTimersByTimeAsync(90_000);
    expect(syncs).toBe(4);
  });

  test('retries after the backoff, and the timer does not cut the backoff short', async () => {
    outcomes = [{ kind: 'retry', afterMs: 100_000 }];
    start();
    await vi.advanceTimersByTimeAsync(99_000);
    expect(syncs).toBe(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(syncs).toBe(2);
  });

  test('a poke during a backoff syncs at once', async () => {
    outcomes = [{ kind: 'retry', afterMs: 100_000 }];
    start();
    await vi.advanceTimersByTimeAsync(5_000);
    poke();
    await vi.advanceTimersByTimeAsync(0);
    expect(syncs).toBe(2);
  });

  // Issue 9, fault 3: a change saved online waited for the 30-second timer before it left.
  test('pushes a quarter of a second after a change is saved, once for a run of saves', async () => {
    start();
    await vi.advanceTimersByTimeAsync(0);
    saved();
    await vi.advanceTimersByTimeAsync(100);
    saved();
    await vi.advanceTimersByTimeAsync(100);
    saved();
    expect(syncs).toBe(1);
    await vi.advanceTimersByTimeAsync(LOCAL_CHANGE_DELAY_MS);
    expect(syncs).toBe(2);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(syncs).toBe(2);
  });

  test('a saved change does not cut a backoff short: the server was unreachable', async () => {
    outcomes = [{ kind: 'retry', afterMs: 100_000 }];
    start();
    await vi.advanceTimersByTimeAsync(0);
    saved();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(syncs).toBe(1);
  });

  test('shows offline when the network drops', async () => {
    start();
    win.dispatchEvent(new Event('offline'));
    expect(status.get().online).toBe(false);
    win.dispatchEvent(new Event('online'));
    expect(status.get().online).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
  });

  test('does nothing after it is stopped', async () => {
    start();
    await vi.advanceTimersByTimeAsync(0);
    stop();
    win.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(120_000);
    expect(syncs).toBe(1);
  });
});
