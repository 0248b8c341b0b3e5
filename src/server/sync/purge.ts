import type { Db } from '../db/handle';
import { purgeTombstonesBefore } from '../repositories/store-sync.repository';

/**
 * Drop tombstones older than the retention and raise each store's purge mark, so a cursor from
 * before them gets a full download instead of silently missing a deletion.
 */
export async function purgeTombstones(db: Db, now: number, retentionMs: number): Promise<number> {
  return purgeTombstonesBefore(db, now - retentionMs);
}
