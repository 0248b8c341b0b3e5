import { liveQuery } from 'dexie';
import type { FloorbookDb } from '../db/floorbook-db';
import { readMeta } from '../db/meta';
import type { SyncStatusStore } from './sync-status';

/**
 * Keep the status's waiting and refused counts and last-synced time in step with the database,
 * in every tab: a command in any tab, or the leader tab's engine, updates them here.
 */
export function watchLocalCounts(db: FloorbookDb, status: SyncStatusStore): () => void {
  const subscription = liveQuery(async () => {
    const [pending, oldest, deadLetters, lastSyncedAt] = await Promise.all([
      db.outbox.count(),
      db.outbox.orderBy('seq').first(),
      db.deadLetters.count(),
      readMeta(db, 'lastSyncedAt'),
    ]);
    return {
      pending,
      oldestPendingAt: oldest?.queuedAt ?? null,
      deadLetters,
      lastSyncedAt: lastSyncedAt ?? null,
    };
  }).subscribe({ next: (counts) => status.update(counts) });
  return () => subscription.unsubscribe();
}
