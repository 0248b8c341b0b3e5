import type { FloorbookDb } from '../db/floorbook-db';
import { dexieTabletCopy, type TabletCopy } from '../db/tablet-copy';
import { httpTransport } from './http-transport';
import { openPokeStream } from './poke-stream';
import { runWhileLeader } from './leader-lock';
import { watchLocalCounts } from './local-counts';
import { watchOutboxAdditions } from './outbox-additions';
import { createSyncEngine } from './sync-engine';
import { createSyncStatusStore, type SyncStatusStore } from './sync-status';
import { startSyncTriggers } from './triggers';

export interface SyncStart {
  db: FloorbookDb;
  enrolment: { storeId: string; deviceId: string; token: string };
  /** Called after the server revoked this tablet and its data was wiped: forget the enrolment. */
  onRevoked: () => void;
  /** The signed-in staff member's server session token, read when a batch is sent. */
  session?: () => string | null;
  /** '' (same origin) in the app. */
  baseUrl?: string;
  /** Where the status goes; the app creates it before sync loads so the top bar can show it at once. */
  status?: SyncStatusStore;
}

export interface SyncHandle {
  status: SyncStatusStore;
  stop(): void;
}

/**
 * Start sync for an enrolled tablet: every tab watches the local counts, one tab (the Web Lock
 * holder) runs the engine and its triggers. Load this module lazily, after the first paint.
 */
export async function startSync(start: SyncStart): Promise<SyncHandle> {
  const { db, enrolment } = start;
  const baseUrl = start.baseUrl ?? '';
  const status = start.status ?? createSyncStatusStore({ online: navigator.onLine });
  const copy = dexieTabletCopy(db, { deviceId: enrolment.deviceId, clock: () => Date.now() });
  await keepOnlyThisEnrolment(copy, enrolment);
  status.update({ persisted: await requestPersistence(copy) });
  const stopCounts = watchLocalCounts(db, status);
  const stopLeading = runWhileLeader(() => {
    const engine = createSyncEngine({
      copy,
      transport: httpTransport({
        baseUrl,
        token: () => enrolment.token,
        clock: () => Date.now(),
        ...(start.session && { session: start.session }),
      }),
      status,
      clock: () => Date.now(),
      random: Math.random,
      onRevoked: start.onRevoked,
    });
    const timers = {
      setTimeout: (fn: () => void, ms: number) => window.setTimeout(fn, ms),
      clearTimeout: (h: unknown) => window.clearTimeout(h as number),
      setInterval: (fn: () => void, ms: number) => window.setInterval(fn, ms),
      clearInterval: (h: unknown) => window.clearInterval(h as number),
    };
    return startSyncTriggers({
      engine,
      status,
      window,
      document,
      timers,
      listenForPokes: (poke) =>
        openPokeStream({
          baseUrl,
          token: () => enrolment.token,
          onPoke: poke,
          timers,
          random: Math.random,
        }),
      listenForLocalChanges: (changed) => watchOutboxAdditions(db, changed),
    });
  });
  return {
    status,
    stop() {
      stopLeading();
      stopCounts();
    },
  };
}

/** Data of another store or an earlier enrolment of this tablet must not mix with this one's. */
async function keepOnlyThisEnrolment(store: TabletCopy, e: SyncStart['enrolment']): Promise<void> {
  const held = await store.readMeta('enrolment');
  if (held && (held.storeId !== e.storeId || held.deviceId !== e.deviceId)) await store.wipe();
  if (!held || held.storeId !== e.storeId || held.deviceId !== e.deviceId)
    await store.writeMeta('enrolment', { storeId: e.storeId, deviceId: e.deviceId });
}

/** Ask once per start, until granted, that the browser never evict the roster and the outbox. */
async function requestPersistence(store: TabletCopy): Promise<boolean | null> {
  if ((await store.readMeta('persisted')) === true) return true;
  if (typeof navigator.storage?.persist !== 'function') return null;
  const granted = await navigator.storage.persist().catch(() => false);
  await store.writeMeta('persisted', granted);
  return granted;
}
