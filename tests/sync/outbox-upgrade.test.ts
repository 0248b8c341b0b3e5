import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { v7 as uuidv7 } from 'uuid';
import { EVENT_INDEXES, FloorbookDb, MEMBER_INDEXES } from '../../src/app/db/floorbook-db';
import { dexieTabletCopy } from '../../src/app/db/tablet-copy';
import { signUpMember } from '../../src/app/commands/member-commands';
import { recordVisit } from '../../src/app/commands/event-commands';
import { httpTransport } from '../../src/app/sync/http-transport';
import { createSyncEngine } from '../../src/app/sync/sync-engine';
import { createSyncStatusStore } from '../../src/app/sync/sync-status';
import { TEST_DIALECTS } from '../fixtures/test-databases';
import { manualClock, signUpFields, tabletCommandDeps } from './fixtures/members';
import { injectFetch, startServer, type TestServer } from './fixtures/sync-harness';

const T0 = 1_800_000_000_000;

/** The tables of the last release before outbox rows carried their type (version 6). */
const VERSION_6 = {
  members: MEMBER_INDEXES,
  events: EVENT_INDEXES,
  outbox: '++seq, &id, memberId',
  deadLetters: 'id, memberId, at',
  merges: 'id, into',
  meta: 'key',
  audit: 'id, at',
  rosterKeys: 'id',
};

/**
 * A tablet updates the app while holding changes it has not sent (decision 0004): the new
 * database version must carry every one over, and they must still reach the server.
 */
describe.each(TEST_DIALECTS)('changes queued before the upgrade to typed outbox rows, on %s', (dialect) => {
  const clock = manualClock(T0);
  let server: TestServer;
  const opened: Dexie[] = [];

  beforeEach(async () => {
    clock.set(T0);
    server = await startServer(dialect, clock.now);
  });
  afterEach(async () => {
    for (const db of opened.splice(0)) await db.delete();
    await server.close();
  });

  test('survive the upgrade, each typed by what it writes, and sync after it', async () => {
    const enrolment = await server.enrol('A');
    const session = { deviceId: enrolment.device.id, staffId: enrolment.staff.id };
    const indexedDB = new IDBFactory();
    const name = `upgrade-${uuidv7()}`;

    // What the previous release wrote: the same rows, without a type.
    const scratch = new FloorbookDb({ name: `scratch-${uuidv7()}`, indexedDB, IDBKeyRange });
    opened.push(scratch);
    const deps = tabletCommandDeps(scratch, session, clock.now);
    const signed = await signUpMember(deps, { fields: signUpFields(deps) });
    if (!signed.ok) throw new Error(signed.error.code);
    await recordVisit(deps, signed.value.memberId, { notes: '' });
    const untyped = (await scratch.outbox.toArray()).map((row) => {
      const old: Partial<typeof row> = { ...row };
      delete old.type;
      return old;
    });
    expect(untyped).toHaveLength(2);

    const previous = new Dexie(name, { indexedDB, IDBKeyRange });
    previous.version(6).stores(VERSION_6);
    await previous.table('outbox').bulkAdd(untyped);
    await previous.table('members').bulkAdd(await scratch.members.toArray());
    await previous.table('events').bulkAdd(await scratch.events.toArray());
    previous.close();

    const db = new FloorbookDb({ name, indexedDB, IDBKeyRange });
    opened.push(db);
    await db.open();
    expect(db.verno).toBeGreaterThan(6);
    expect((await db.outbox.orderBy('seq').toArray()).map((r) => [r.type, r.memberId])).toEqual([
      ['member', signed.value.memberId],
      ['event', signed.value.memberId],
    ]);

    const store = dexieTabletCopy(db, { deviceId: session.deviceId, clock: clock.now });
    const engine = createSyncEngine({
      copy: store,
      status: createSyncStatusStore(),
      transport: httpTransport({
        baseUrl: 'http://floorbook.test',
        token: () => enrolment.device.token,
        clock: clock.now,
        session: () => enrolment.session.token,
        fetch: injectFetch(server.app),
      }),
      clock: clock.now,
      random: () => 0.5,
    });
    expect(await engine.sync()).toEqual({ kind: 'synced' });
    expect(await db.outbox.count()).toBe(0);
    expect(await db.deadLetters.count()).toBe(0);
    const truth = await server.snapshot();
    expect(truth.members.map((m) => m.id)).toEqual([signed.value.memberId]);
    expect(truth.events.map((e) => e.memberId)).toEqual([signed.value.memberId]);
  });
});
