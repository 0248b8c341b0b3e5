import {
  MAX_PULL_LIMIT,
  MAX_PUSH_BYTES,
  type MutationResult,
  changesOfPage,
  type PulledPage,
} from '../../shared/sync/protocol.schema';
import type { TabletCopy, Settlement } from '../db/tablet-copy';
import type { OutboxRow } from '../db/floorbook-db';
import type { RoundTrip, SyncTransport, TransportOutcome } from './sync-transport';
import type { SyncErrorCode, SyncStatusStore } from './sync-status';
import { uploadAudit } from './audit-upload';

export interface SyncEngineDeps {
  copy: TabletCopy;
  transport: SyncTransport;
  status: SyncStatusStore;
  /** Tablet wall time, ms. */
  clock: () => number;
  /** In [0, 1): spreads retries so a store's tablets do not all retry at the same instant. */
  random: () => number;
  /** After the server revoked this tablet and its local data was wiped. */
  onRevoked?: () => void;
  /** Changes per push; the server takes up to 500. */
  batchSize?: number;
  /** Rows per pulled page. */
  pullLimit?: number;
}

export type SyncOutcome =
  | { kind: 'synced' }
  /** A transient failure: nothing is lost; call `sync` again after `afterMs`. */
  | { kind: 'retry'; afterMs: number }
  /** Sync cannot go on until the app is updated or the tablet enrolled again. */
  | { kind: 'stopped'; reason: 'outdated' | 'revoked' | 'unauthenticated' };

export interface SyncEngine {
  /** Push every waiting change, then pull until up to date. Calls during a run share it and run it once more. */
  sync(): Promise<SyncOutcome>;
  /** Re-read the waiting and refused counts into the status. */
  refreshCounts(): Promise<void>;
}

const BACKOFF_BASE_MS = 1_000;
const BACKOFF_CAP_MS = 5 * 60_000;
// Room for the request envelope around the mutations.
const PUSH_BYTE_BUDGET = MAX_PUSH_BYTES - 10_000;

type Failure = Exclude<TransportOutcome<unknown>, { kind: 'ok' }> | { kind: 'storage' };
type Step = { kind: 'done' } | Failure;

/** One sync engine per tablet: drains the outbox, then pulls pages after its cursor. */
export function createSyncEngine(deps: SyncEngineDeps): SyncEngine {
  const { copy, transport, status } = deps;
  const batchSize = deps.batchSize ?? 200;
  const pullLimit = deps.pullLimit ?? 1_000;
  let failures = 0;
  let stopped: SyncOutcome | null = null;
  let running: Promise<SyncOutcome> | null = null;
  let again = false;

  async function refreshCounts() {
    const s = await copy.summary();
    status.update({ pending: s.pending, oldestPendingAt: s.oldestQueuedAt, deadLetters: s.deadLetters });
  }

  async function learnTime(serverTime: number, trip: RoundTrip) {
    await copy.noteServerTime(serverTime, trip.sentAt, trip.receivedAt);
    const ahead = (trip.sentAt + trip.receivedAt) / 2 - serverTime;
    status.update({ online: true, clockAheadMinutes: Math.round(ahead / 60_000) });
  }

  async function push(): Promise<Step> {
    // Shrinks while the server finds batches too large, for the rest of this drain.
    let limit = batchSize;
    for (;;) {
      const batch = withinBytes(await copy.readOutbox(limit));
      if (batch.length === 0) return { kind: 'done' };
      status.update({ phase: 'pushing' });
      const out = await transport.push(batch.map((r) => r.mutation));
      if (out.kind === 'too-large') {
        if (batch.length > 1) {
          limit = Math.ceil(batch.length / 2);
          continue;
        }
        const [only] = batch as [OutboxRow];
        await copy.settle([{ id: only.id, ok: false, code: 'too-large', message: 'too-large' }]);
        await refreshCounts();
        continue;
      }
      if (out.kind !== 'ok') {
        await copy.noteAttempt(
          batch.map((r) => r.id),
          out.kind === 'transient' ? out.code : out.kind,
        );
        return out;
      }
      await learnTime(out.value.serverTime, out.trip);
      if (out.value.seq !== undefined) await copy.writeMeta('pushedTo', out.value.seq);
      const settlements = settle(batch, out.value.results);
      // A reply that settles nothing would loop forever on the same batch.
      if (settlements.length === 0) return { kind: 'transient', code: 'server', retryAfterMs: null };
      await copy.settle(settlements);
      await refreshCounts();
    }
  }

  async function pull(): Promise<Step> {
    let cursor = (await copy.readMeta('cursor')) ?? null;
    if ((await copy.readMeta('resyncNeeded')) === true) {
      await copy.resetForResync();
      cursor = null;
    }
    let downloading = cursor === null;
    let done = 0;
    let total: number | null = null;
    let membersDone = 0;
    let membersTotal: number | null = null;
    status.update({ phase: downloading ? 'downloading' : 'pulling' });
    // A first download takes the largest pages: fewer round trips and commits for the same rows.
    const fetchAfter = (c: string | null) => transport.pull(c, downloading ? MAX_PULL_LIMIT : pullLimit);
    let next = fetchAfter(cursor);
    // Only a page asked for with nothing else under way times the network cleanly: a prefetched
    // page's round trip includes the storing of the page before it. One clean trip a run is enough.
    let cleanTrip = true;
    for (;;) {
      const out = await next;
      if (out.kind !== 'ok') return out;
      const page = out.value;
      if (cleanTrip) await learnTime(page.serverTime, out.trip);
      if (page.resync) {
        // Tombstones this tablet has not seen were purged: download everything again. Waiting
        // changes stay queued and are replayed on the fresh copy.
        if (cursor === null) return { kind: 'transient', code: 'server', retryAfterMs: null };
        await copy.resetForResync();
        cursor = null;
        downloading = true;
        done = 0;
        total = null;
        membersDone = 0;
        membersTotal = null;
        status.update({ phase: 'downloading', resynced: true });
        next = fetchAfter(cursor);
        continue;
      }
      const held = await checkSpan(page, cursor === null ? 0 : await copy.readMeta('pulledTo'));
      if (held !== 'whole') return { kind: 'transient', code: 'server', retryAfterMs: null };
      const stuck = page.hasMore && page.cursor === cursor;
      // The next page is asked for while this one is stored: the server and the network work
      // while IndexedDB writes. Pages are still stored one after another, each with its cursor.
      if (page.hasMore && !stuck) next = fetchAfter(page.cursor);
      cleanTrip = false;
      await copy.applyPage(page);
      cursor = page.cursor;
      if (downloading) {
        const changes = changesOfPage(page);
        done += changes.length;
        membersDone += changes.filter((c) => c.type === 'member').length;
        if (total === null && page.remaining !== null) total = done + page.remaining;
        if (membersTotal === null && page.remainingMembers !== undefined)
          membersTotal = membersDone + page.remainingMembers;
        const members =
          membersTotal === null
            ? {}
            : { members: { done: membersDone, total: Math.max(membersTotal, membersDone) } };
        status.update({ progress: { done, total: Math.max(total ?? done, done), ...members } });
      }
      if (stuck) return { kind: 'transient', code: 'server', retryAfterMs: null };
      if (!page.hasMore)
        return (await reachedPush(page))
          ? { kind: 'done' }
          : { kind: 'transient', code: 'server', retryAfterMs: null };
    }
  }

  /**
   * Whether a page holds what its span says (protocol 2): as many rows as it counts, starting
   * where the last stored page ended. A page short of rows is not stored and is pulled again; one
   * that starts elsewhere means the cursor and the copy disagree, so the roster is downloaded again.
   */
  async function checkSpan(
    page: PulledPage,
    pulledTo: number | undefined,
  ): Promise<'whole' | 'short' | 'gap'> {
    if (!page.span) return 'whole';
    if (changesOfPage(page).length !== page.span.count) return 'short';
    if (pulledTo !== undefined && page.span.from !== pulledTo) {
      await copy.writeMeta('resyncNeeded', true);
      return 'gap';
    }
    return 'whole';
  }

  /**
   * Whether the last page reached the change number this tablet's last push was given. Below it,
   * the server answered from a copy that lacks changes it acknowledged (a lagging replica, a
   * restored backup): the roster is downloaded again, waiting changes kept.
   */
  async function reachedPush(last: PulledPage): Promise<boolean> {
    const pushed = await copy.readMeta('pushedTo');
    if (!last.span || pushed === undefined || last.span.to >= pushed) return true;
    await copy.writeMeta('pushedTo', last.span.to);
    await copy.writeMeta('resyncNeeded', true);
    return false;
  }

  /**
   * The staff list and lock rules, fresh each cycle. Only a revoked or outdated answer stops
   * sync; any other failure keeps the list the tablet has and tries again next cycle.
   */
  async function refreshRoster(): Promise<Step> {
    if (!transport.staff) return { kind: 'done' };
    const out = await transport.staff();
    if (out.kind === 'ok') {
      await learnTime(out.value.serverTime, out.trip);
      await copy.writeMeta('staffRoster', out.value);
      return { kind: 'done' };
    }
    return out.kind === 'revoked' || out.kind === 'outdated' ? out : { kind: 'done' };
  }

  async function fail(f: Failure): Promise<SyncOutcome> {
    status.update({ progress: null });
    switch (f.kind) {
      case 'outdated':
        stopped = { kind: 'stopped', reason: 'outdated' };
        status.update({ phase: 'stopped', outdated: true, error: 'outdated' });
        return stopped;
      case 'revoked':
        stopped = { kind: 'stopped', reason: 'revoked' };
        await copy.wipe();
        status.update({
          phase: 'stopped',
          error: 'revoked',
          pending: 0,
          oldestPendingAt: null,
          deadLetters: 0,
        });
        deps.onRevoked?.();
        return stopped;
      case 'unauthenticated':
        stopped = { kind: 'stopped', reason: 'unauthenticated' };
        status.update({ phase: 'stopped', error: 'revoked' });
        return stopped;
      default: {
        failures += 1;
        const code: SyncErrorCode =
          f.kind === 'transient' ? f.code : f.kind === 'storage' ? 'storage' : 'server';
        const floor = f.kind === 'transient' ? (f.retryAfterMs ?? 0) : 0;
        const afterMs = Math.max(floor, backoff(failures, deps.random));
        status.update({ phase: 'waiting', error: code, ...(code === 'network' && { online: false }) });
        return { kind: 'retry', afterMs };
      }
    }
  }

  async function cycle(): Promise<SyncOutcome> {
    if (stopped) return stopped;
    try {
      await refreshCounts();
      const pushed = await push();
      if (pushed.kind !== 'done') return await fail(pushed);
      const pulled = await pull();
      if (pulled.kind !== 'done') return await fail(pulled);
      const roster = await refreshRoster();
      if (roster.kind !== 'done') return await fail(roster);
      await uploadAudit(copy, transport);
    } catch {
      // IndexedDB refused a write (quota, eviction, closed): nothing was half-stored.
      return fail({ kind: 'storage' });
    }
    failures = 0;
    const at = deps.clock();
    await copy.writeMeta('lastSyncedAt', at).catch(() => undefined);
    status.update({ phase: 'idle', error: null, progress: null, lastSyncedAt: at });
    return { kind: 'synced' };
  }

  return {
    refreshCounts,
    sync() {
      if (running) {
        again = true;
        return running;
      }
      running = (async () => {
        let out: SyncOutcome;
        do {
          again = false;
          out = await cycle();
        } while (again && out.kind === 'synced');
        return out;
      })().finally(() => {
        running = null;
      });
      return running;
    },
  };
}

/** Exponential backoff with jitter, capped: 1 s, 2 s, 4 s … up to 5 minutes, each 50–100 % of that. */
export function backoff(failures: number, random: () => number): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(ceiling * (0.5 + random() / 2));
}

const utf8 = new TextEncoder();

function withinBytes(rows: OutboxRow[]): OutboxRow[] {
  let bytes = 0;
  for (let i = 0; i < rows.length; i++) {
    bytes += utf8.encode(JSON.stringify(rows[i]?.mutation)).length + 1;
    if (bytes > PUSH_BYTE_BUDGET && i > 0) return rows.slice(0, i);
  }
  return rows;
}

/** Taken (applied or a duplicate of one applied before) or refused for good; a change with no result stays queued. */
function settle(batch: readonly OutboxRow[], results: readonly MutationResult[]): Settlement[] {
  const sent = new Map<string, OutboxRow>(batch.map((r) => [r.id, r]));
  return results.flatMap((r): Settlement[] => {
    const row = sent.get(r.id);
    if (!row) return [];
    if (r.status !== 'rejected') return [{ id: row.id, ok: true }];
    return [
      {
        id: row.id,
        ok: false,
        code: r.code,
        message: r.message,
        ...(r.field !== undefined && { field: r.field }),
      },
    ];
  });
}
