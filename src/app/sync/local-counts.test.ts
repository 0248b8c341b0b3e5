import { describe, expect, test, vi } from 'vitest';
import { signUpMember } from '../commands/member-commands';
import { createSyncStatusStore } from './sync-status';
import { watchLocalCounts } from './local-counts';
import { memberFields } from '../../../tests/fixtures/factories';
import { testTablet } from '../../../tests/fixtures/test-tablet';

describe('watchLocalCounts', () => {
  test('shows a change waiting, and since when, as soon as a command saves it', async () => {
    const { db, deps } = testTablet(1_800_000_000_000);
    const status = createSyncStatusStore();
    const stop = watchLocalCounts(db, status);
    await signUpMember(deps, { fields: memberFields() });
    await vi.waitFor(() =>
      expect(status.get()).toMatchObject({ pending: 1, oldestPendingAt: 1_800_000_000_000, deadLetters: 0 }),
    );
    stop();
  });
});
