import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { StaffId } from '../../shared/schemas/ids.schema';
import type { AuditEntry, StaffRoster } from '../../shared/schemas/security.schema';
import type { PullResponse } from '../../shared/sync/protocol.schema';
import { appendAudit } from '../db/audit-queue';
import { FloorbookDb } from '../db/floorbook-db';
import { dexieTabletCopy, type TabletCopy } from '../db/tablet-copy';
import { createSyncEngine } from './sync-engine';
import { createSyncStatusStore } from './sync-status';
import type { SyncTransport, TransportOutcome } from './sync-transport';
import { manualClock, newDeviceId } from '../../../tests/fixtures/factories';

const T0 = 1_800_000_000_000;
const clock = manualClock(T0);
const LI = '0190a000-0000-7000-8000-000000000002' as StaffId;
let db: FloorbookDb;
let store: TabletCopy;

const ok = <T>(value: T): TransportOutcome<T> => ({
  kind: 'ok',
  value,
  trip: { sentAt: clock.now(), receivedAt: clock.now() },
});
const emptyPage = (): PullResponse => ({
  cursor: 'c1',
  hasMore: false,
  resync: false,
  remaining: null,
  members: [],
  events: [],
  serverTime: clock.now(),
});
const roster = (name = '李娜'): StaffRoster => ({
  staff: [{ id: LI, name, role: 'associate', pin: null }],
  policy: { idleLockMinutes: 3, signInHours: 12, offlineLimitHours: 72 },
  serverTime: clock.now(),
});
const down = { kind: 'transient', code: 'network', retryAfterMs: null } as const;

type AuditAnswer = (entries: readonly AuditEntry[]) => TransportOutcome<{ stored: number }>;

/** A server with nothing new to pull; the staff list and audit answers are scripted. */
function server(staff: (() => TransportOutcome<StaffRoster>)[] = [], audit: AuditAnswer[] = []) {
  const sent = { staff: 0, audit: [] as string[][] };
  const transport: SyncTransport = {
    push: () => Promise.resolve(ok({ results: [], serverTime: clock.now() })),
    pull: () => Promise.resolve(ok(emptyPage())),
    staff: () => {
      sent.staff += 1;
      return Promise.resolve((staff.shift() ?? (() => ok(roster())))());
    },
    audit: (entries) => {
      sent.audit.push(entries.map((e) => e.id));
      return Promise.resolve((audit.shift() ?? ((es) => ok({ stored: es.length })))(entries));
    },
  };
  return { sent, transport };
}

function engine(transport: SyncTransport, onRevoked?: () => void) {
  return createSyncEngine({
    copy: store,
    transport,
    status: createSyncStatusStore(),
    clock: clock.now,
    random: () => 0.5,
    ...(onRevoked && { onRevoked }),
  });
}

async function queueAudit(count: number): Promise<string[]> {
  const ids = [];
  for (let i = 0; i < count; i++) {
    const id = uuidv7();
    ids.push(id);
    await appendAudit(db, { id, at: T0 + i, staffId: LI, action: 'profile.view', memberId: null });
  }
  return ids;
}

beforeEach(() => {
  db = new FloorbookDb({ name: `access-${uuidv7()}` });
  clock.set(T0);
  store = dexieTabletCopy(db, { deviceId: newDeviceId(), clock: clock.now });
});
afterEach(async () => {
  await db.delete();
});

describe('staff list', () => {
  test('is fetched after the pull each cycle and stored, the newest replacing the last', async () => {
    const { sent, transport } = server([() => ok(roster('李娜')), () => ok(roster('李娜娜'))]);
    const e = engine(transport);
    expect(await e.sync()).toEqual({ kind: 'synced' });
    expect(await store.readMeta('staffRoster')).toEqual(roster('李娜'));
    await e.sync();
    expect(sent.staff).toBe(2);
    expect((await store.readMeta('staffRoster'))?.staff[0]?.name).toBe('李娜娜');
  });

  test('keeps the list it has when the server cannot send one, and sync still succeeds', async () => {
    await store.writeMeta('staffRoster', roster());
    const { transport } = server([() => down]);
    expect(await engine(transport).sync()).toEqual({ kind: 'synced' });
    expect(await store.readMeta('staffRoster')).toEqual(roster());
  });

  test('a revoked answer wipes the tablet like any other', async () => {
    await store.writeMeta('staffRoster', roster());
    const onRevoked = vi.fn();
    const { transport } = server([() => ({ kind: 'revoked' })]);
    expect(await engine(transport, onRevoked).sync()).toEqual({ kind: 'stopped', reason: 'revoked' });
    expect(onRevoked).toHaveBeenCalledOnce();
    expect(await store.readMeta('staffRoster')).toBeUndefined();
  });
});

describe('last contact', () => {
  test('notes when the server last answered, for the read-only rule', async () => {
    const { transport } = server();
    clock.set(T0 + 5_000);
    await engine(transport).sync();
    expect(await store.readMeta('lastContactAt')).toBe(T0 + 5_000);
  });

  test('does not move while the server cannot be reached', async () => {
    await store.writeMeta('lastContactAt', T0);
    clock.set(T0 + 60_000);
    const transport: SyncTransport = { push: () => Promise.resolve(down), pull: () => Promise.resolve(down) };
    await engine(transport).sync();
    expect(await store.readMeta('lastContactAt')).toBe(T0);
  });
});

describe('audit upload', () => {
  test('sends queued entries oldest first in batches of 500 and drops what the server stored', async () => {
    const ids = await queueAudit(501);
    const { sent, transport } = server();
    await engine(transport).sync();
    expect(sent.audit.map((b) => b.length)).toEqual([500, 1]);
    expect(sent.audit[0]?.[0]).toBe(ids[0]);
    expect(await db.audit.count()).toBe(0);
  });

  test('keeps entries when the upload fails, without holding sync up', async () => {
    await queueAudit(3);
    const { transport } = server([], [() => down]);
    expect(await engine(transport).sync()).toEqual({ kind: 'synced' });
    expect(await db.audit.count()).toBe(3);
  });

  test('finds an entry the server refuses for good by halving, drops it and sends the rest', async () => {
    const ids = await queueAudit(4);
    const bad = ids[2];
    const refuseBad: AuditAnswer = (es) =>
      es.some((e) => e.id === bad)
        ? { kind: 'refused', status: 400, code: 'invalid-body', message: 'bad' }
        : ok({ stored: es.length });
    const { sent, transport } = server(
      [],
      Array.from({ length: 10 }, () => refuseBad),
    );
    await engine(transport).sync();
    expect(sent.audit.map((b) => b.length)).toEqual([4, 2, 2, 1, 1]);
    expect(await db.audit.count()).toBe(0);
  });

  test('is skipped by a transport that only syncs members', async () => {
    await queueAudit(1);
    const transport: SyncTransport = {
      push: () => Promise.resolve(ok({ results: [], serverTime: clock.now() })),
      pull: () => Promise.resolve(ok(emptyPage())),
    };
    expect(await engine(transport).sync()).toEqual({ kind: 'synced' });
    expect(await db.audit.count()).toBe(1);
  });
});
