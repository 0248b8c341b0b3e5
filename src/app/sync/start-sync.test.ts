import { afterEach, describe, expect, test, vi } from 'vitest';
import type { FloorbookDb } from '../db/floorbook-db';
import { readMeta, writeMeta } from '../db/meta';
import { signUpMember } from '../commands/member-commands';
import { startSync } from './start-sync';
import { memberFields } from '../../../tests/fixtures/factories';
import { testTablet } from '../../../tests/fixtures/test-tablet';

let db: FloorbookDb;
afterEach(() => {
  vi.unstubAllGlobals();
});

async function tabletWithOneMember(enrolment: { storeId: string; deviceId: string }) {
  const tablet = testTablet(0);
  db = tablet.db;
  await signUpMember(tablet.deps, { fields: memberFields() });
  await writeMeta(db, 'enrolment', enrolment);
}

describe('startSync', () => {
  // No server in these tests: every request fails as if the network were down.
  const offline = () => vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));

  test('wipes data left by another store before syncing', async () => {
    offline();
    await tabletWithOneMember({ storeId: 'store-1', deviceId: 'device-1' });
    const handle = await startSync({
      db,
      enrolment: { storeId: 'store-2', deviceId: 'device-2', token: 't' },
      onRevoked: () => undefined,
    });
    handle.stop();
    expect(await db.members.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect(await readMeta(db, 'enrolment')).toEqual({ storeId: 'store-2', deviceId: 'device-2' });
  });

  test('keeps this enrolment’s data and waiting changes, and reports the network as down', async () => {
    offline();
    await tabletWithOneMember({ storeId: 'store-1', deviceId: 'device-1' });
    const handle = await startSync({
      db,
      enrolment: { storeId: 'store-1', deviceId: 'device-1', token: 't' },
      onRevoked: () => undefined,
    });
    await vi.waitFor(() => expect(handle.status.get()).toMatchObject({ error: 'network', pending: 1 }));
    handle.stop();
    expect(await db.members.count()).toBe(1);
  });
});
