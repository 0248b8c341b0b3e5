import { afterEach, describe, expect, test, vi } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { FloorbookDb } from '../db/floorbook-db';
import { signUpMember } from '../commands/member-commands';
import { createSyncStatusStore } from './sync-status';
import { watchLocalCounts } from './local-counts';
import { manualClock, memberFields, newDeviceId, newStaffId } from '../../../tests/fixtures/factories';
import { tabletCommandDeps } from '../../../tests/sync/fixtures/members';

let db: FloorbookDb;
afterEach(async () => {
  await db.delete();
});

describe('watchLocalCounts', () => {
  test('shows a change waiting, and since when, as soon as a command saves it', async () => {
    db = new FloorbookDb({ name: `counts-${uuidv7()}` });
    const status = createSyncStatusStore();
    const stop = watchLocalCounts(db, status);
    const clock = manualClock(1_800_000_000_000);
    const deps = tabletCommandDeps(db, { deviceId: newDeviceId(), staffId: newStaffId() }, clock.now);
    await signUpMember(deps, { fields: memberFields() });
    await vi.waitFor(() =>
      expect(status.get()).toMatchObject({ pending: 1, oldestPendingAt: 1_800_000_000_000, deadLetters: 0 }),
    );
    stop();
  });
});
