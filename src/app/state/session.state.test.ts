import { beforeEach, describe, expect, test } from 'vitest';
import type { DeviceId, StaffId, StoreId } from '../../shared/schemas/ids.schema';
import { useSession } from './session.state';
import { readSignIn, useStaffSession } from './staff-session.state';

const device = {
  store: { id: '0190a000-0000-7000-8000-0000000000a1' as StoreId, name: '静安嘉里中心店' },
  device: { id: '0190a000-0000-7000-8000-0000000000d1' as DeviceId, token: 'device-token' },
};
const owner = { id: '0190a000-0000-7000-8000-000000000001' as StaffId, name: '王丽', role: 'owner' as const };

beforeEach(() => {
  localStorage.clear();
  useStaffSession.getState().locked();
});

describe('enrolled', () => {
  test('keeps only the store and device, and signs in who set the tablet up, with her server session', () => {
    useSession.getState().enrolled({
      ...device,
      staff: owner,
      session: { token: 'session-token', expiresAt: 1_900_000_000_000 },
      needsPin: false,
    });
    expect(useSession.getState().enrolment).toEqual(device);
    expect(JSON.parse(localStorage.getItem('floorbook.settings.v1') ?? '{}')).toEqual({
      language: 'zh-CN',
      enrolment: device,
    });
    expect(useStaffSession.getState().current).toMatchObject({
      staff: owner,
      server: { token: 'session-token', expiresAt: 1_900_000_000_000 },
    });
    expect(readSignIn(localStorage)?.staff).toEqual(owner);
  });

  test('an enrolment by code signs nobody in, and forgets whoever was', () => {
    useStaffSession.getState().signedIn(owner, null, Date.now());
    useSession.getState().enrolled(device);
    expect(useSession.getState().enrolment).toEqual(device);
    expect(useStaffSession.getState().current).toBeNull();
  });
});

describe('unenrolled', () => {
  test('forgets the enrolment and signs her out', () => {
    useSession
      .getState()
      .enrolled({ ...device, staff: owner, session: { token: 't', expiresAt: 1 }, needsPin: false });
    useSession.getState().unenrolled();
    expect(useSession.getState().enrolment).toBeNull();
    expect(useStaffSession.getState().current).toBeNull();
    expect(readSignIn(localStorage)).toBeNull();
  });
});
