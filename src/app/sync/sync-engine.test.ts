import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { MemberId } from '../../shared/schemas/ids.schema';
import type { Mutation, PullResponse, PushResponse } from '../../shared/sync/protocol.schema';
import { newMemberRecord } from '../../shared/sync/member-merge';
import { decodeHlc } from '../../shared/sync/hlc';
import { searchKeysOf } from '../../shared/domain/search-keys';
import { FloorbookDb } from '../db/floorbook-db';
import { dexieTabletCopy, type TabletCopy } from '../db/tablet-copy';
import type { CommandDeps } from '../commands/command-runner';
import { signUpMember } from '../commands/member-commands';
import { recordVisit } from '../commands/event-commands';
import { backoff, createSyncEngine, type SyncEngineDeps } from './sync-engine';
import { createSyncStatusStore, type SyncStatusStore } from './sync-status';
import type { SyncTransport, TransportOutcome } from './sync-transport';
import {
  manualClock,
  memberFields,
  newDeviceId,
  newMemberId,
  newStaffId,
} from '../../../tests/fixtures/factories';
import { tabletCommandDeps } from '../../../tests/sync/fixtures/members';

const T0 = 1_800_000_000_000;
const clock = manualClock(T0);
let db: FloorbookDb;
let store: TabletCopy;
let deps: CommandDeps;
let status: SyncStatusStore;
let memberId: MemberId;

type PushAnswer = (
  m: readonly Mutation[],
) => TransportOutcome<PushResponse> | Promise<TransportOutcome<PushResponse>>;
type PullAnswer = (
  cursor: string | null,
) => TransportOutcome<PullResponse> | Promise<TransportOutcome<PullResponse>>;

const ok = <T>(value: T): TransportOutcome<T> => ({
  kind: 'ok',
  value,
  trip: { sentAt: clock.now(), receivedAt: clock.now() },
});
const applyAll: PushAnswer = (ms) =>
  ok({ results: ms.map((m) => ({ id: m.id, status: 'applied' as const })), serverTime: clock.now() });
const pullPage = (p: Partial<PullResponse> = {}): TransportOutcome<PullResponse> =>
  ok({
    cursor: 'c1',
    hasMore: false,
    resync: false,
    remaining: null,
    members: [],
    events: [],
    serverTime: clock.now(),
    ...p,
  });

/**
 * A scripted stand-in for the server: each call takes the next scripted answer (by default every
 * change is applied and there is nothing new to pull) and every request is recorded.
 */
function scripted(push: PushAnswer[] = [], pull: PullAnswer[] = []) {
  const sent = { push: [] as Mutation[][], pull: [] as (string | null)[] };
  const transport: SyncTransport = {
    push: async (ms) => {
      sent.push.push([...ms]);
      return (push.shift() ?? applyAll)(ms);
    },
    pull: async (cursor) => {
      sent.pull.push(cursor);
      return (pull.shift() ?? (() => pullPage({ cursor: cursor ?? 'c1' })))(cursor);
    },
  };
  return { sent, transport };
}

function engine(transport: SyncTransport, extra: Partial<SyncEngineDeps> = {}) {
  return createSyncEngine({ copy: store, transport, status, clock: clock.now, random: () => 0.5, ...extra });
}

beforeEach(async () => {
  db = new FloorbookDb({ name: `engine-${uuidv7()}` });
  clock.set(T0);
  const session = { deviceId: newDeviceId(), staffId: newStaffId() };
  store = dexieTabletCopy(db, { deviceId: session.deviceId, clock: clock.now });
  deps = tabletCommandDeps(db, session, clock.now);
  status = createSyncStatusStore();
  const signed = await signUpMember(deps, { fields: memberFields() });
  if (!signed.ok) throw new Error('sign-up failed');
  memberId = signed.value.memberId;
});
afterEach(async () => {
  await db.delete();
});

describe('push', () => {
  test('sends waiting changes in order, at most 200 at a time, then pulls', async () => {
    for (let i = 0; i < 250; i++) await recordVisit(deps, memberId, {});
    const { sent, transport } = scripted();
    expect(await engine(transport).sync()).toEqual({ kind: 'synced' });
    expect(sent.push.map((b) => b.length)).toEqual([200, 51]);
    expect(sent.push[0]?.[0]?.kind).toBe('member.create');
    expect(sent.pull).toEqual([null]);
    expect(await db.outbox.count()).toBe(0);
    expect(status.get()).toMatchObject({ phase: 'idle', pending: 0, lastSyncedAt: T0, error: null });
  });

  test('moves a refused change to the dead letters and syncs the rest', async () => {
    await recordVisit(deps, memberId, {});
    await recordVisit(deps, memberId, {});
    const { transport } = scripted([
      (ms) =>
        ok({
          results: ms.map((m, i) =>
            i === 1
              ? { id: m.id, status: 'rejected' as const, code: 'forbidden' as const, message: 'not allowed' }
              : { id: m.id, status: 'applied' as const },
          ),
          serverTime: T0,
        }),
    ]);
    expect(await engine(transport).sync()).toEqual({ kind: 'synced' });
    expect(await db.outbox.count()).toBe(0);
    expect(await db.deadLetters.count()).toBe(1);
    expect(await db.events.count()).toBe(1);
    expect(status.get()).toMatchObject({ deadLetters: 1, pending: 0 });
  });

  test('keeps changes through transient failures, backing off with jitter up to five minutes', async () => {
    const down: PushAnswer = () => ({ kind: 'transient', code: 'network', retryAfterMs: null });
    const { transport } = scripted(Array.from({ length: 12 }, () => down));
    const e = engine(transport, { random: () => 0 });
    const waits = [];
    for (let i = 0; i < 12; i++) {
      const out = await e.sync();
      if (out.kind !== 'retry') throw new Error(out.kind);
      waits.push(out.afterMs);
    }
    expect(waits).toEqual([500, 1000, 2000, 4000, 8000, 16000, 32000, 64000, 128000, 150000, 150000, 150000]);
    expect(await db.outbox.get(1)).toMatchObject({ attempts: 12, lastError: 'network' });
    expect(status.get()).toMatchObject({ online: false, error: 'network', phase: 'waiting', pending: 1 });
    expect(await e.sync()).toEqual({ kind: 'synced' });
    expect(status.get()).toMatchObject({ online: true, error: null });
  });

  test('splits a batch the server finds too large, and refuses a single change that is', async () => {
    for (let i = 0; i < 3; i++) await recordVisit(deps, memberId, {});
    const queued = await store.readOutbox(10);
    const huge = queued[2]!.id;
    const tooLargeWith: PushAnswer = (ms) =>
      ms.length > 1 || ms[0]?.id === huge ? { kind: 'too-large' } : applyAll(ms);
    const { sent, transport } = scripted(Array.from({ length: 10 }, () => tooLargeWith));
    expect(await engine(transport).sync()).toEqual({ kind: 'synced' });
    expect(sent.push.map((b) => b.length)).toEqual([4, 2, 1, 1, 1, 1]);
    expect(await db.deadLetters.get(huge)).toMatchObject({ code: 'too-large' });
    expect(await db.outbox.count()).toBe(0);
  });

  test('stops and asks for the update when the app is too old', async () => {
    const { sent, transport } = scripted([() => ({ kind: 'outdated' })]);
    const e = engine(transport);
    expect(await e.sync()).toEqual({ kind: 'stopped', reason: 'outdated' });
    expect(await e.sync()).toEqual({ kind: 'stopped', reason: 'outdated' });
    expect(sent.push).toHaveLength(1);
    expect(status.get()).toMatchObject({ outdated: true, error: 'outdated', phase: 'stopped' });
    expect(await db.outbox.count()).toBe(1);
  });

  test('wipes the tablet when the server has revoked it', async () => {
    const onRevoked = vi.fn();
    const { transport } = scripted([() => ({ kind: 'revoked' })]);
    expect(await engine(transport, { onRevoked }).sync()).toEqual({ kind: 'stopped', reason: 'revoked' });
    expect(onRevoked).toHaveBeenCalledOnce();
    expect(await db.members.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect(status.get().error).toBe('revoked');
  });
});

describe('pull', () => {
  const liveMember = (id: MemberId, phone: string) => {
    const record = newMemberRecord(id, memberFields({ phone }), `${'0'.repeat(15)}:00000:x`, 0);
    return { state: 'live' as const, record, keys: searchKeysOf(record.fields.name) };
  };

  test('stores page after page with the first-download progress', async () => {
    const seen: ({ done: number; total: number } | null)[] = [];
    status.subscribe(() => seen.push(status.get().progress));
    const { sent, transport } = scripted(
      [],
      [
        () =>
          pullPage({
            cursor: 'p1',
            hasMore: true,
            remaining: 2,
            members: [liveMember(newMemberId(), '13900000001')],
          }),
        () => pullPage({ cursor: 'p2', hasMore: true, members: [liveMember(newMemberId(), '13900000002')] }),
        () => pullPage({ cursor: 'p3', members: [liveMember(newMemberId(), '13900000003')] }),
      ],
    );
    await engine(transport).sync();
    expect(sent.pull).toEqual([null, 'p1', 'p2']);
    expect(await store.readMeta('cursor')).toBe('p3');
    expect(await db.members.count()).toBe(4);
    expect(seen.filter((p) => p !== null)).toEqual([
      { done: 1, total: 3 },
      { done: 2, total: 3 },
      { done: 3, total: 3 },
    ]);
    expect(status.get().progress).toBeNull();
  });

  test('counts the members of the first download apart when the server announces them', async () => {
    const seen: unknown[] = [];
    status.subscribe(() => seen.push(status.get().progress?.members));
    const { transport } = scripted(
      [],
      [
        () =>
          pullPage({
            cursor: 'p1',
            hasMore: true,
            remaining: 2,
            remainingMembers: 1,
            members: [liveMember(newMemberId(), '13900000001')],
          }),
        () => pullPage({ cursor: 'p2', members: [liveMember(newMemberId(), '13900000002')] }),
      ],
    );
    await engine(transport).sync();
    expect(seen.filter((m) => m !== undefined)).toEqual([
      { done: 1, total: 2 },
      { done: 2, total: 2 },
    ]);
  });

  test('downloads everything again when told to resync, keeping changes made meanwhile', async () => {
    await store.writeMeta('cursor', 'old');
    const fresh = newMemberId();
    const { sent, transport } = scripted(
      [],
      [
        async () => {
          await recordVisit(deps, memberId, { notes: '同步时录入' });
          return pullPage({ resync: true, cursor: 'old' });
        },
        () => pullPage({ cursor: 'n1', members: [liveMember(fresh, '13900000009')] }),
      ],
    );
    await engine(transport).sync();
    expect(sent.pull).toEqual(['old', null]);
    expect(await db.members.get(fresh)).toBeDefined();
    expect(await db.outbox.count()).toBe(1);
    expect(await db.events.count()).toBe(1);
    expect(status.get().resynced).toBe(true);
  });

  // Issue 9: a page tells what it holds, so a row lost on the way is noticed and pulled again.
  test('does not store a page short of the rows its span counts, and pulls it again next time', async () => {
    const member = liveMember(newMemberId(), '13900000001');
    const { sent, transport } = scripted(
      [],
      [
        () => pullPage({ cursor: 'p1', members: [], span: { from: 0, to: 7, count: 1 } }),
        () => pullPage({ cursor: 'p1', members: [member], span: { from: 0, to: 7, count: 1 } }),
      ],
    );
    const e = engine(transport);
    expect((await e.sync()).kind).toBe('retry');
    expect(await store.readMeta('cursor')).toBeUndefined();
    expect(await e.sync()).toEqual({ kind: 'synced' });
    expect(sent.pull).toEqual([null, null]);
    expect(await db.members.get(member.record.id)).toBeDefined();
    expect(await store.readMeta('pulledTo')).toBe(7);
  });

  test('downloads again when a page starts past where the stored copy ends', async () => {
    await store.writeMeta('cursor', 'c5');
    await store.writeMeta('pulledTo', 5);
    const { sent, transport } = scripted(
      [],
      [
        () => pullPage({ cursor: 'c9', span: { from: 6, to: 9, count: 0 } }),
        () => pullPage({ cursor: 'c9', span: { from: 0, to: 9, count: 0 } }),
      ],
    );
    const e = engine(transport);
    expect((await e.sync()).kind).toBe('retry');
    expect(await e.sync()).toEqual({ kind: 'synced' });
    expect(sent.pull).toEqual(['c5', null]);
    expect(await store.readMeta('pulledTo')).toBe(9);
  });

  test('downloads again when a pull ends below the change number its push was given', async () => {
    const { sent, transport } = scripted(
      [
        (ms) =>
          ok({ results: ms.map((m) => ({ id: m.id, status: 'applied' as const })), serverTime: T0, seq: 12 }),
      ],
      [
        () => pullPage({ cursor: 'c10', span: { from: 0, to: 10, count: 0 } }),
        () => pullPage({ cursor: 'c12', span: { from: 0, to: 12, count: 0 } }),
      ],
    );
    const e = engine(transport);
    expect((await e.sync()).kind).toBe('retry');
    expect(await e.sync()).toEqual({ kind: 'synced' });
    expect(sent.pull).toEqual([null, null]);
    expect(await store.readMeta('cursor')).toBe('c12');
  });

  test('sets the clock by server time, so a tablet three hours slow still orders its edits after the server', async () => {
    const serverNow = T0 + 3 * 3_600_000;
    const { transport } = scripted([], [() => pullPage({ serverTime: serverNow })]);
    await engine(transport).sync();
    expect(await store.readMeta('serverOffset')).toBe(3 * 3_600_000);
    await recordVisit(deps, memberId, {});
    const last = await db.outbox.orderBy('seq').last();
    expect(decodeHlc(last!.mutation.hlc).wall).toBeGreaterThanOrEqual(serverNow);
  });
});

describe('sync', () => {
  test('a call during a run shares it and runs one more cycle, not one per call', async () => {
    const { sent, transport } = scripted();
    const e = engine(transport);
    await Promise.all([e.sync(), e.sync(), e.sync()]);
    expect(sent.pull).toHaveLength(2);
  });
});

describe('backoff', () => {
  test('doubles from one second to a five-minute cap, each wait between half and all of it', () => {
    expect([1, 2, 3, 10, 50].map((n) => backoff(n, () => 0.999_999))).toEqual([
      1000, 2000, 4000, 300_000, 300_000,
    ]);
    expect(backoff(4, () => 0)).toBe(4000);
  });
});
