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
  /** Listen for changes saved on this tablet; returns a function that stops listening. */
  listenForLocalChanges: (changed: () => void) => () => void;
  timers: Timers;
  /** The safety net when pokes and network events go missing (sleeping tablets). */
  intervalMs?: number;
}

export const SYNC_INTERVAL_MS = 30_000;
/**
 * A saved change leaves this long after the last one: a run of saves (a form's fields, a
 * purchase and its follow-up) goes in one push, and the change still reaches the others in
 * well under a second.
 */
export const LOCAL_CHANGE_DELAY_MS = 250;

/**
 * When to sync: at start, a moment after a change is saved here, when the network returns, when
 * the tablet wakes or the app comes to the front, every 30 s, and when the server pokes. A failed
 * sync is retried after the engine's backoff; the timer and local saves do not cut a backoff
 * short (the server was unreachable), but a real signal (network back, poke) does.
 */
export function startSyncTriggers(deps: TriggerDeps): () => void {
  const { engine, status, timers } = deps;
  let retry: unknown = null;
  let soon: unknown = null;
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
  const onLocalChange = () => {
    if (soon !== null) timers.clearTimeout(soon);
    soon = timers.setTimeout(() => {
      soon = null;
      tick();
    }, LOCAL_CHANGE_DELAY_MS);
  };

  deps.window.addEventListener('online', onOnline);
  deps.window.addEventListener('offline', onOffline);
  deps.document.addEventListener('visibilitychange', onVisibility);
  const interval = timers.setInterval(tick, deps.intervalMs ?? SYNC_INTERVAL_MS);
  const stopPokes = deps.listenForPokes(run);
  const stopLocal = deps.listenForLocalChanges(onLocalChange);
  run();

  return () => {
    stopped = true;
    deps.window.removeEventListener('online', onOnline);
    deps.window.removeEventListener('offline', onOffline);
    deps.document.removeEventListener('visibilitychange', onVisibility);
    timers.clearInterval(interval);
    if (retry !== null) timers.clearTimeout(retry);
    if (soon !== null) timers.clearTimeout(soon);
    stopPokes();
    stopLocal();
  };
}
