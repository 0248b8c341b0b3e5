import type { SyncEngine } from './sync-engine';
import type { SyncStatusStore } from './sync-status';

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export interface TriggerDeps {
  engine: Pick<SyncEngine, 'sync'>;
  status: SyncStatusStore;
  /** Fires `online` and `offline`. */
  window: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  /** Fires `visibilitychange`. */
  document: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'>;
  /** Listen for the server's pokes; returns a function that stops listening. */
  listenForPokes: (poke: () => void) => () => void;
  timers: Timers;
  /** The safety net when pokes and network events go missing (sleeping tablets). */
  intervalMs?: number;
}

export const SYNC_INTERVAL_MS = 30_000;

/**
 * When to sync: at start, when the network returns, when the tablet wakes or the app comes to the
 * front, every 30 s, and when the server pokes. A failed sync is retried after the engine's
 * backoff; the timer does not cut a backoff short, but a real signal (network back, poke) does.
 */
export function startSyncTriggers(deps: TriggerDeps): () => void {
  const { engine, status, timers } = deps;
  let retry: unknown = null;
  let stopped = false;

  const run = () => {
    if (stopped) return;
    if (retry !== null) timers.clearTimeout(retry);
    retry = null;
    void engine.sync().then((out) => {
      if (out.kind === 'retry' && !stopped) retry = timers.setTimeout(run, out.afterMs);
    });
  };
  const onOnline = () => {
    status.update({ online: true });
    run();
  };
  const onOffline = () => status.update({ online: false });
  const onVisibility = () => {
    if (deps.document.visibilityState === 'visible') run();
  };
  const tick = () => {
    if (retry === null) run();
  };

  deps.window.addEventListener('online', onOnline);
  deps.window.addEventListener('offline', onOffline);
  deps.document.addEventListener('visibilitychange', onVisibility);
  const interval = timers.setInterval(tick, deps.intervalMs ?? SYNC_INTERVAL_MS);
  const stopPokes = deps.listenForPokes(run);
  run();

  return () => {
    stopped = true;
    deps.window.removeEventListener('online', onOnline);
    deps.window.removeEventListener('offline', onOffline);
    deps.document.removeEventListener('visibilitychange', onVisibility);
    timers.clearInterval(interval);
    if (retry !== null) timers.clearTimeout(retry);
    stopPokes();
  };
}
