import type { MemberId, MutationId } from '../../shared/schemas/ids.schema';
import type { PulledPage } from '../../shared/sync/protocol.schema';
import type { SyncedTypeName } from '../../shared/sync/synced-types';
import type { AuditEntry } from '../../shared/schemas/security.schema';
import type { FloorbookDb, OutboxRow } from './floorbook-db';
import { applyPullPage } from './apply-pull';
import { dropMembersWritten } from './members-written';
import { settlePush, type Settlement } from './settle-push';
import { TABLET_TYPES, TABLET_TYPE_ORDER } from './tablet-types';
import { bringClockBack, readMeta, receiveClock, writeMeta, type MetaKey, type MetaValues } from './meta';
import { dropAudited, readAuditBatch } from './audit-queue';

export type { Settlement };

export interface OutboxSummary {
  pending: number;
  /** When the oldest waiting change was made; null when nothing waits. */
  oldestQueuedAt: number | null;
  deadLetters: number;
}

/**
 * Everything the sync engine needs from the tablet's storage, and nothing more, so the engine
 * can be driven against any implementation. Every method is atomic: it happens whole or not at
 * all, even if the tab is closed half-way.
 */
export interface TabletCopy {
  /** The oldest waiting changes, at most `limit`, in the order they were made. */
  readOutbox(limit: number): Promise<OutboxRow[]>;
  /** Take taken changes out of the outbox and move refused ones to the dead letters. */
  settle(settlements: readonly Settlement[]): Promise<void>;
  /** Count a failed attempt against changes that stay queued. */
  noteAttempt(ids: readonly MutationId[], error: string): Promise<void>;
  /** Store a pulled page and its cursor together: members rebased on pending changes, gone members removed. */
  applyPage(page: PulledPage): Promise<void>;
  /** Drop the local roster and the cursor for a full download; waiting changes stay queued and visible. */
  resetForResync(): Promise<void>;
  readMeta<K extends MetaKey>(key: K): Promise<MetaValues[K] | undefined>;
  writeMeta<K extends MetaKey>(key: K, value: MetaValues[K]): Promise<void>;
  /**
   * Learn the offset to server time from a reply, and move the clock past the server's (or back
   * to its drift limit when it ran beyond and nothing waits). Notes
   * `receivedAt` as `lastContactAt`: the read-only rule counts from the last time the server answered.
   */
  noteServerTime(serverTime: number, sentAt: number, receivedAt: number): Promise<void>;
  /** The oldest audit entries waiting for upload, at most `limit`. */
  readAudit(limit: number): Promise<AuditEntry[]>;
  /** Forget audit entries the server has stored. */
  dropAudit(ids: readonly string[]): Promise<void>;
  summary(): Promise<OutboxSummary>;
  /** Forget everything on this tablet: a revoked device, or data of another store or device. */
  wipe(): Promise<void>;
}

export interface DexieTabletCopyDeps {
  deviceId: string;
  /** Tablet wall time, ms. */
  clock: () => number;
}

/** The TabletCopy on the tablet's Dexie database. */
export function dexieTabletCopy(db: FloorbookDb, deps: DexieTabletCopyDeps): TabletCopy {
  const all = db.tables;
  // The scope must itself be an async function: Dexie keeps a transaction alive across native
  // awaits only for those, and the helpers below await through several async layers.
  const rw = <T>(fn: () => Promise<T>) => db.transaction('rw', all, async () => fn());
  return {
    readOutbox: (limit) => db.outbox.orderBy('seq').limit(limit).toArray(),
    settle: (settlements) => rw(() => settlePush(db, settlements, deps.clock())),
    noteAttempt: (ids, error) =>
      rw(async () => {
        await db.outbox
          .where('id')
          .anyOf([...ids])
          .modify((row) => {
            row.attempts += 1;
            row.lastError = error;
          });
      }),
    applyPage: (page) =>
      rw(() => applyPullPage(db, deps.deviceId, page, deps.clock())).catch((err: unknown) => {
        dropMembersWritten(db);
        throw err;
      }),
    resetForResync: () => rw(() => rebuildFromOutbox(db)),
    readMeta: (key) => readMeta(db, key),
    writeMeta: (key, value) => rw(() => writeMeta(db, key, value)),
    noteServerTime: (serverTime, sentAt, receivedAt) =>
      rw(async () => {
        await writeMeta(db, 'serverOffset', Math.round(serverTime - (sentAt + receivedAt) / 2));
        await receiveClock(db, deps.deviceId, serverTime, receivedAt);
        await bringClockBack(db, deps.deviceId, serverTime);
        await writeMeta(db, 'lastContactAt', receivedAt);
      }),
    readAudit: (limit) => readAuditBatch(db, limit),
    dropAudit: (ids) => dropAudited(db, ids),
    summary: () =>
      db.transaction('r', [db.outbox, db.deadLetters], async () => {
        const oldest = await db.outbox.orderBy('seq').first();
        return {
          pending: await db.outbox.count(),
          oldestQueuedAt: oldest?.queuedAt ?? null,
          deadLetters: await db.deadLetters.count(),
        };
      }),
    wipe: () => rw(() => Promise.all(all.map((t) => t.clear())).then(() => undefined)),
  };
}

/** The local roster as only this tablet's waiting changes describe it: the start of a full download. */
async function rebuildFromOutbox(db: FloorbookDb): Promise<void> {
  for (const type of TABLET_TYPE_ORDER)
    for (const table of TABLET_TYPES[type].tables(db)) await table.clear();
  await db.meta.bulkDelete(['cursor', 'pulledTo', 'resyncNeeded'] satisfies MetaKey[]);
  const pending = Object.fromEntries(TABLET_TYPE_ORDER.map((t) => [t, [] as OutboxRow[]])) as Record<
    SyncedTypeName,
    OutboxRow[]
  >;
  for (const row of await db.outbox.orderBy('seq').toArray()) pending[row.type].push(row);
  for (const type of TABLET_TYPE_ORDER) await TABLET_TYPES[type].rebuild(db, pending[type]);
}

/**
 * Where a member now lives: itself, or the member it was merged into (following chains of
 * merges), so a profile opened before a merge still finds the person.
 */
export async function resolveMemberId(db: FloorbookDb, id: MemberId): Promise<MemberId> {
  let current = id;
  for (let hop = 0; hop < 16; hop++) {
    const merge = await db.merges.get(current);
    if (!merge) return current;
    current = merge.into;
  }
  return current;
}
