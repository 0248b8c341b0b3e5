import { changesByType, type PulledPage } from '../../shared/sync/protocol.schema';
import type { ChangeOf, SyncedTypeName } from '../../shared/sync/synced-types';
import type { FloorbookDb } from './floorbook-db';
import type { PageWork, TabletSyncedType } from './tablet-type';
import { TABLET_TYPES, TABLET_TYPE_ORDER } from './tablet-types';
import { writeMeta } from './meta';

/**
 * Store one pulled page and its cursor. The caller runs this inside ONE read-write transaction
 * over every table, so a cursor is never stored ahead of the data it covers. Each type stores
 * its own changes (tablet-types.ts).
 */
export async function applyPullPage(
  db: FloorbookDb,
  deviceId: string,
  page: PulledPage,
  tabletNow: number,
): Promise<void> {
  const work: PageWork = {
    deviceId,
    tabletNow,
    serverTime: page.serverTime,
    hasMore: page.hasMore,
    outbox: await db.outbox.orderBy('seq').toArray(),
    recount: new Set(),
    visitsInPage: new Map(),
  };
  const byType = changesByType(page);
  for (const type of TABLET_TYPE_ORDER) await applyType(db, type, byType[type], work);
  await writeMeta(db, 'cursor', page.cursor);
  if (page.span) await writeMeta(db, 'pulledTo', page.span.to);
}

const applyType = <N extends SyncedTypeName>(
  db: FloorbookDb,
  type: N,
  changes: readonly ChangeOf<N>[],
  work: PageWork,
) => (TABLET_TYPES[type] as TabletSyncedType<N>).apply(db, changes, work);
