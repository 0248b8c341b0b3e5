import { describe, expect, test } from 'vitest';
import type { StaffId } from '../../shared/schemas/ids.schema';
import type { StaffRoster } from '../../shared/schemas/security.schema';
import { DEFAULT_ACCESS_POLICY, isReadOnly, signInEnded } from './access-rules';
import type { StaffSignIn } from './staff-session.state';

const T0 = 1_800_000_000_000;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const LI = '0190a000-0000-7000-8000-000000000001' as StaffId;
const verifier = { salt: 'c2FsdHNhbHRzYWx0c2FsdA==', iterations: 150_000, hash: 'aGFzaA==' };

const signIn = (over: Partial<StaffSignIn> = {}): StaffSignIn => ({
  staff: { id: LI, name: '李娜', role: 'associate' },
  signedInAt: T0,
  lastActiveAt: T0,
  server: null,
  ...over,
});
const roster = (over: Partial<StaffRoster> = {}): StaffRoster => ({
  staff: [{ id: LI, name: '李娜', role: 'associate', pin: verifier }],
  policy: { idleLockMinutes: 5, signInHours: 8, offlineLimitHours: 24 },
  serverTime: T0,
  ...over,
});

describe('signInEnded', () => {
  test('holds while she is active within the sign-in hours', () => {
    expect(signInEnded(signIn({ lastActiveAt: T0 + 7 * HOUR }), roster(), T0 + 7 * HOUR + MINUTE)).toBeNull();
  });

  test('ends after the store’s idle minutes without a touch', () => {
    expect(signInEnded(signIn(), roster(), T0 + 5 * MINUTE - 1)).toBeNull();
    expect(signInEnded(signIn(), roster(), T0 + 5 * MINUTE)).toBe('idle');
  });

  test('ends after the sign-in hours however active she is', () => {
    const busy = signIn({ lastActiveAt: T0 + 8 * HOUR });
    expect(signInEnded(busy, roster(), T0 + 8 * HOUR)).toBe('expired');
  });

  test('uses 3 idle minutes and 12 hours before the store’s rules have arrived', () => {
    expect(DEFAULT_ACCESS_POLICY).toEqual({ idleLockMinutes: 3, signInHours: 12, offlineLimitHours: 72 });
    expect(signInEnded(signIn({ lastActiveAt: T0 + 12 * HOUR }), null, T0 + 12 * HOUR)).toBe('expired');
  });

  test('does not lock for idleness while she has no PIN to unlock with, nor before the staff list arrives', () => {
    const noPin = roster({ staff: [{ id: LI, name: '李娜', role: 'associate', pin: null }] });
    expect(signInEnded(signIn(), noPin, T0 + HOUR)).toBeNull();
    expect(signInEnded(signIn(), null, T0 + HOUR)).toBeNull();
  });

  test('ends when she is no longer on the staff list', () => {
    expect(signInEnded(signIn(), roster({ staff: [] }), T0)).toBe('removed');
  });

  test('ends when the tablet clock was set back past her sign-in', () => {
    expect(signInEnded(signIn(), roster(), T0 - HOUR)).toBe('expired');
  });
});

describe('isReadOnly', () => {
  const policy = DEFAULT_ACCESS_POLICY;

  test('turns read-only 72 hours after the server last answered', () => {
    expect(isReadOnly(T0, policy, T0 + 72 * HOUR - 1)).toBe(false);
    expect(isReadOnly(T0, policy, T0 + 72 * HOUR)).toBe(true);
  });

  test('is not read-only before the server has ever answered', () => {
    expect(isReadOnly(null, policy, T0)).toBe(false);
  });
});
