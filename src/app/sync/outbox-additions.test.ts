import { describe, expect, test, vi } from 'vitest';
import { signUpMember } from '../commands/member-commands';
import { watchOutboxAdditions } from './outbox-additions';
import { memberFields } from '../../../tests/fixtures/factories';
import { testTablet } from '../../../tests/fixtures/test-tablet';

describe('watchOutboxAdditions', () => {
  test('tells of a saved change, and not of changes leaving the outbox', async () => {
    const { db, deps } = testTablet(1);
    await signUpMember(deps, { fields: memberFields() });
    let added = 0;
    const stop = watchOutboxAdditions(db, () => (added += 1));
    // What waited at start is the start's own sync's to take.
    await new Promise((r) => setTimeout(r, 50));
    expect(added).toBe(0);
    await signUpMember(deps, { fields: memberFields({ phone: '13900000001', cardNo: '100000000002' }) });
    await vi.waitFor(() => expect(added).toBe(1));
    await db.outbox.clear();
    await new Promise((r) => setTimeout(r, 50));
    expect(added).toBe(1);
    // Numbers are never reused: a change saved after the outbox emptied is told too.
    await signUpMember(deps, { fields: memberFields({ phone: '13900000002', cardNo: '100000000003' }) });
    await vi.waitFor(() => expect(added).toBe(2));
    stop();
  });
});
