import { liveQuery } from 'dexie';
import type { FloorbookDb } from '../db/floorbook-db';

/**
 * Call `onAdded` when a change joins the outbox, from this tab or any other (Dexie tells every
 * tab's live queries). Watches the newest outbox number, which only grows: settling a push takes
 * rows out but never raises it, so the engine's own work does not ask for another sync.
 */
export function watchOutboxAdditions(db: FloorbookDb, onAdded: () => void): () => void {
  let newest: number | null = null;
  const subscription = liveQuery(async () => (await db.outbox.orderBy('seq').last())?.seq ?? 0).subscribe({
    next: (seq) => {
      // The first answer is what was there at start: the start's own sync takes it.
      if (newest !== null && seq > newest) onAdded();
      newest = Math.max(newest ?? 0, seq);
    },
  });
  return () => subscription.unsubscribe();
}
