import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readRosterKeys, saveRosterKeys } from './roster-keys-store';
import { indexedMemberOf } from '../search/roster-read';
import { v7 as uuidv7 } from 'uuid';
import type { EventId, MemberId, StaffId } from '../../shared/schemas/ids.schema';
import type { MemberFields, MemberRecord } from '../../shared/schemas/member.schema';
import type { MemberEvent } from '../../shared/schemas/event.schema';
import type { MemberChange, PullResponse } from '../../shared/sync/protocol.schema';
import { applyFieldEdit, newMemberRecord } from '../../shared/sync/member-merge';
import { encodeHlc, hlcWall, MAX_CLOCK_DRIFT_MS } from '../../shared/sync/hlc';
import { searchKeysOf } from '../../shared/domain/search-keys';
import { FloorbookDb } from './floorbook-db';
import { dexieTabletCopy, resolveMemberId, type TabletCopy } from './tablet-copy';
import { recordOfRow } from './member-rows';
import type { CommandDeps } from '../commands/command-runner';
import { editMember, eraseMember, signUpMember } from '../commands/member-commands';
import { recordVisit } from '../commands/event-commands';
import {
  manualClock,
  memberFields,
  newDeviceId,
  newMemberId,
  newStaffId,
} from '../../../tests/fixtures/factories';
import { tabletCommandDeps } from '../../../tests/sync/fixtures/members';

const T0 = 1_800_000_000_000;
const OTHER_TABLET = '0190a000-0000-7000-8000-0000000000ff';
const clock = manualClock(T0);
let db: FloorbookDb;
let store: TabletCopy;
let deps: CommandDeps;

beforeEach(() => {
  db = new FloorbookDb({ name: `store-${uuidv7()}` });
  clock.set(T0);
  const session = { deviceId: newDeviceId(), staffId: newStaffId() };
  store = dexieTabletCopy(db, { deviceId: session.deviceId, clock: clock.now });
  deps = tabletCommandDeps(db, session, clock.now);
});
afterEach(async () => {
  await db.delete();
});

const hlcAt = (wall: number, node = OTHER_TABLET) => encodeHlc({ wall, counter: 0, node });

function serverRecord(id: MemberId, fields: MemberFields = memberFields()): MemberRecord {
  return newMemberRecord(id, fields, hlcAt(T0 - 86_400_000), T0 - 86_400_000);
}

const live = (record: MemberRecord): MemberChange => ({
  state: 'live',
  record,
  keys: searchKeysOf(record.fields.name),
});

function page(cursor: string, members: MemberChange[], events: MemberEvent[] = []): PullResponse {
  return {
    cursor,
    hasMore: false,
    resync: false,
    remaining: null,
    members,
    events: events.map((event) => ({ event })),
    serverTime: clock.now(),
  };
}

function visit(memberId: MemberId, at: number): MemberEvent {
  const staffId = uuidv7() as StaffId;
  return { id: uuidv7() as EventId, memberId, staffId, at, kind: 'visit', payload: {} };
}

async function signUp(fields = memberFields()): Promise<MemberId> {
  const r = await signUpMember(deps, { fields });
  if (!r.ok) throw new Error(r.error.code);
  return r.value.memberId;
}

/** Pretend every queued change reached the server. */
async function ackAll() {
  const rows = await store.readOutbox(1000);
  await store.settle(rows.map((r) => ({ id: r.id, ok: true as const })));
}

describe('applyPage', () => {
  test('keeps an unsynced edit when a newer server copy of the member arrives', async () => {
    const id = await signUp();
    await ackAll();
    await editMember(deps, id, { job: '教师' });
    // Meanwhile another tablet changed the address, and the server sends its copy.
    const server = applyFieldEdit(serverRecord(id), { address: '南京西路 1 号' }, hlcAt(T0 + 1));
    await store.applyPage(page('c1', [live(server)]));
    const row = await db.members.get(id);
    expect(row?.fields).toMatchObject({ job: '教师', address: '南京西路 1 号' });
    expect(row?.base?.record).toEqual(server);
  });

  test('takes the server copy as it is once the edit is acknowledged, even with a clamped clock', async () => {
    const id = await signUp();
    await ackAll();
    clock.set(T0 + 86_400_000); // this tablet's clock runs a day ahead
    await editMember(deps, id, { job: '教师' });
    await ackAll();
    // The server clamped the edit's clock to its own time plus the drift limit.
    const server = applyFieldEdit(serverRecord(id), { job: '教师' }, hlcAt(T0 + 300_000, 'clamped'));
    await store.applyPage(page('c1', [live(server)]));
    const row = await db.members.get(id);
    expect(row && recordOfRow(row)).toEqual(server);
    expect(row?.base).toBeUndefined();
  });

  test('stores the cursor with its page, or neither', async () => {
    const id = newMemberId();
    db.events.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(store.applyPage(page('c1', [live(serverRecord(id))], [visit(id, T0)]))).rejects.toThrow();
    expect(await store.readMeta('cursor')).toBeUndefined();
    expect(await db.members.count()).toBe(0);
  });

  test('derives the last visit from pulled events, leaving out voided ones', async () => {
    const id = newMemberId();
    const early = visit(id, T0 - 5_000);
    const late = visit(id, T0 - 1_000);
    const voidLate: MemberEvent = {
      ...visit(id, T0),
      kind: 'void',
      payload: { targetId: late.id, reason: '记错了' },
    };
    // Events can arrive before their member (the member was edited after they were recorded).
    await store.applyPage(page('c1', [], [early, late]));
    await store.applyPage(page('c2', [live(serverRecord(id))], [voidLate]));
    expect((await db.members.get(id))?.lastVisitAt).toBe(T0 - 5_000);
  });

  test('follows a merge: events move to the survivor and the old id redirects', async () => {
    const survivor = newMemberId();
    const absorbed = newMemberId();
    await store.applyPage(
      page('c1', [
        live(serverRecord(survivor)),
        live(serverRecord(absorbed, memberFields({ cardNo: '100000000002', name: '张小梅' }))),
      ]),
    );
    await recordVisit(deps, absorbed, { notes: '合并前的到店' });
    await store.applyPage(
      page('c2', [{ state: 'gone', id: absorbed, reason: 'merged', mergedInto: survivor }]),
    );
    expect(await db.members.get(absorbed)).toBeUndefined();
    expect(await resolveMemberId(db, absorbed)).toBe(survivor);
    expect(await db.events.where('memberId').equals(survivor).count()).toBe(1);
    expect((await db.members.get(survivor))?.lastVisitAt).toBe(T0);
    // A profile still open on the old id records onto the survivor.
    const later = await recordVisit(deps, absorbed, {});
    expect(later.ok).toBe(true);
    expect(await db.events.where('memberId').equals(survivor).count()).toBe(2);
  });

  test('an erasure removes the member, their events, waiting changes, refused changes and saved search keys', async () => {
    const id = await signUp();
    await ackAll();
    await recordVisit(deps, id, {});
    const [queued] = await store.readOutbox(10);
    await store.settle([{ id: queued!.id, ok: false, code: 'forbidden', message: 'no' }]);
    await editMember(deps, id, { job: '教师' });
    const row = await db.members.get(id);
    if (!row) throw new Error('no row');
    await saveRosterKeys(db, () => [indexedMemberOf(row)]);
    await store.applyPage(page('c1', [{ state: 'gone', id, reason: 'erased', mergedInto: null }]));
    expect(await readRosterKeys(db)).toBeNull();
    expect(await db.members.count()).toBe(0);
    expect(await db.events.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.deadLetters.count()).toBe(0);
  });
});

describe('settle', () => {
  test('undoes a refused edit and keeps it as a dead letter', async () => {
    const id = newMemberId();
    await store.applyPage(page('c1', [live(serverRecord(id))]));
    await editMember(deps, id, { job: '教师', address: '南京西路 1 号' });
    await editMember(deps, id, { hobbies: ['瑜伽'] });
    const [refused, taken] = await store.readOutbox(10);
    await store.settle([
      { id: refused!.id, ok: false, code: 'forbidden', message: 'not allowed', field: 'job' },
      { id: taken!.id, ok: true },
    ]);
    const row = await db.members.get(id);
    expect(row?.fields).toMatchObject({ job: null, address: null, hobbies: ['瑜伽'] });
    expect(row?.base).toBeUndefined();
    expect(await db.deadLetters.get(refused!.id)).toMatchObject({
      code: 'forbidden',
      field: 'job',
      memberId: id,
    });
    expect(await store.summary()).toEqual({ pending: 0, oldestQueuedAt: null, deadLetters: 1 });
  });

  test('a refused sign-up disappears from the roster', async () => {
    await signUp();
    const [create] = await store.readOutbox(10);
    await store.settle([{ id: create!.id, ok: false, code: 'invalid', message: 'bad' }]);
    expect(await db.members.count()).toBe(0);
  });

  test('a refused erasure asks for a full download, since only the server still has the member', async () => {
    const id = await signUp();
    await ackAll();
    await eraseMember(deps, id, '顾客要求');
    const [erase] = await store.readOutbox(10);
    await store.settle([{ id: erase!.id, ok: false, code: 'forbidden', message: 'managers only' }]);
    expect(await store.readMeta('resyncNeeded')).toBe(true);
  });
});

describe('resetForResync', () => {
  test('drops the roster and cursor but keeps waiting changes visible', async () => {
    const synced = newMemberId();
    await store.applyPage(page('c1', [live(serverRecord(synced))]));
    const pendingId = await signUp(memberFields({ phone: '13900139000', cardNo: '100000000009' }));
    await recordVisit(deps, pendingId, {});
    await store.resetForResync();
    expect(await store.readMeta('cursor')).toBeUndefined();
    expect(await db.members.get(synced)).toBeUndefined();
    expect((await db.members.get(pendingId))?.lastVisitAt).toBe(T0);
    expect(await db.outbox.count()).toBe(2);
  });
});

describe('noteServerTime', () => {
  const DAY = 86_400_000;

  test('brings a clock a day ahead back to the drift limit once nothing waits, above what the server gave', async () => {
    // Used before its first sync with the date a day ahead: the change carries that clock.
    clock.set(T0 + DAY);
    const signed = await signUpMember(deps, { fields: memberFields() });
    if (!signed.ok) throw new Error('sign-up failed');
    await store.noteServerTime(T0, T0 + DAY, T0 + DAY);
    // A change still waits: its clock must stay below the next, so the clock stays ahead.
    expect(hlcWall((await store.readMeta('hlc'))!)).toBeGreaterThanOrEqual(T0 + DAY);

    await db.outbox.clear();
    await store.noteServerTime(T0 + 1_000, T0 + DAY, T0 + DAY);
    const limit = T0 + 1_000 + MAX_CLOCK_DRIFT_MS;
    expect(hlcWall((await store.readMeta('hlc'))!)).toBe(limit + 1);
    // The next change is honest again, and still after anything the server gave the first.
    clock.set(T0 + DAY + 2_000);
    await editMember(deps, signed.value.memberId, { job: '教师' });
    const edit = await db.outbox.orderBy('seq').last();
    expect(hlcWall(edit!.mutation.hlc)).toBe(limit + 1);
  });
});
