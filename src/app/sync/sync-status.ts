/** Error codes the status shows, each an i18n key under `sync.errors`. */
export type SyncErrorCode = 'network' | 'server' | 'revoked' | 'outdated' | 'storage';

export type SyncPhase = 'idle' | 'pushing' | 'pulling' | 'downloading' | 'waiting' | 'stopped';

/** Everything staff see about sync; a superset of the top bar's `SyncStatusView`. */
export interface SyncStatus {
  online: boolean;
  phase: SyncPhase;
  /** True while a push or pull runs. */
  syncing: boolean;
  pending: number;
  /** When the oldest waiting change was made (tablet time, ms); null when nothing waits. */
  oldestPendingAt: number | null;
  lastSyncedAt: number | null;
  /**
   * First download or resync of the roster: rows stored of the rows the server announced, and of
   * them the members, when the server counts them apart (staff count members, not rows).
   */
  progress: { done: number; total: number; members?: { done: number; total: number } } | null;
  error: SyncErrorCode | null;
  deadLetters: number;
  /** Whether the browser promised not to evict local data; null until asked. */
  persisted: boolean | null;
  /** The server no longer accepts this app version: offer the update; sync is paused. */
  outdated: boolean;
  /** The server asked for a full download; waiting changes were kept. */
  resynced: boolean;
  /** How far the tablet's clock runs ahead of the server's (behind when negative), whole minutes. */
  clockAheadMinutes: number;
}

/** From this many minutes off, the sync screen asks staff to set the tablet's clock right. */
export const CLOCK_WARNING_MINUTES = 2;

export const INITIAL_SYNC_STATUS: SyncStatus = {
  online: true,
  phase: 'idle',
  syncing: false,
  pending: 0,
  oldestPendingAt: null,
  lastSyncedAt: null,
  progress: null,
  error: null,
  deadLetters: 0,
  persisted: null,
  outdated: false,
  resynced: false,
  clockAheadMinutes: 0,
};

export interface SyncStatusStore {
  get(): SyncStatus;
  /** Called on every change; returns the unsubscribe function (fits React's useSyncExternalStore). */
  subscribe(listener: () => void): () => void;
  update(patch: Partial<SyncStatus>): void;
}

export function createSyncStatusStore(initial: Partial<SyncStatus> = {}): SyncStatusStore {
  let status: SyncStatus = { ...INITIAL_SYNC_STATUS, ...initial };
  const listeners = new Set<() => void>();
  return {
    get: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update(patch) {
      const next = { ...status, ...patch };
      if ('phase' in patch) next.syncing = ['pushing', 'pulling', 'downloading'].includes(next.phase);
      if ((Object.keys(next) as (keyof SyncStatus)[]).every((k) => next[k] === status[k])) return;
      status = next;
      for (const l of listeners) l();
    },
  };
}
