export const SYNC_LOCK = 'floorbook-sync';

/**
 * Run `lead` in one tab at a time. The tab holding the Web Lock runs the sync engine; the others
 * queue for the lock (and only watch the database) and take over when the leader's tab closes,
 * because the browser releases a closed tab's locks. `lead` returns its own stop function.
 * Returns a function that stops leading, or leaves the queue.
 */
export function runWhileLeader(
  lead: () => () => void,
  locks: LockManager | undefined = webLocks(),
): () => void {
  if (!locks) {
    // No Web Locks (very old browser): one tab is the common case, so lead anyway.
    const stop = lead();
    return stop;
  }
  const queue = new AbortController();
  let stopLeading: (() => void) | null = null;
  let release: () => void = () => undefined;
  let ended = false;
  locks
    .request(SYNC_LOCK, { signal: queue.signal }, () => {
      if (ended) return undefined;
      stopLeading = lead();
      return new Promise<void>((resolve) => {
        release = resolve;
      });
    })
    // Aborted while still queued: nothing to undo.
    .catch(() => undefined);
  return () => {
    ended = true;
    queue.abort();
    stopLeading?.();
    stopLeading = null;
    release();
  };
}

function webLocks(): LockManager | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.locks;
}
