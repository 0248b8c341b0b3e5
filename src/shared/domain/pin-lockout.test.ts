import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  afterFailure,
  bothGates,
  FORGET_AFTER_MS,
  justLocked,
  LOCKOUT_MS,
  NO_FAILURES,
  pinGate,
  type FailureCount,
} from './pin-lockout';

const T = 1_800_000_000_000;
const fail = (n: number, subject: 'staff' | 'device', at = T): FailureCount => {
  let c = NO_FAILURES;
  for (let i = 0; i < n; i++) c = afterFailure(c, subject, at);
  return c;
};

describe('pinGate', () => {
  test('two wrong PINs cost nothing; the third makes the next wait 5 s, the fourth 30 s', () => {
    expect(pinGate(fail(2, 'staff'), 'staff', T)).toEqual({ open: true });
    expect(pinGate(fail(3, 'staff'), 'staff', T + 4_999)).toEqual({
      open: false,
      reason: 'wait',
      untilMs: T + 5_000,
    });
    expect(pinGate(fail(3, 'staff'), 'staff', T + 5_000)).toEqual({ open: true });
    expect(pinGate(fail(4, 'staff'), 'staff', T + 29_000).open).toBe(false);
  });
  test('the fifth failure locks a staff member for 15 minutes; a device takes ten', () => {
    const five = fail(5, 'staff');
    expect(justLocked(five, 'staff')).toBe(true);
    expect(pinGate(five, 'staff', T + LOCKOUT_MS - 1)).toMatchObject({ open: false, reason: 'locked' });
    expect(pinGate(five, 'staff', T + LOCKOUT_MS)).toEqual({ open: true });
    expect(pinGate(fail(5, 'device'), 'device', T + 31_000)).toEqual({ open: true });
    expect(pinGate(fail(10, 'device'), 'device', T + 60_000)).toMatchObject({ reason: 'locked' });
  });
  test('a failure after the lock-out ran out starts counting again', () => {
    expect(afterFailure(fail(5, 'staff'), 'staff', T + LOCKOUT_MS).failures).toBe(1);
  });
  test('failures an hour old are forgotten, on the device too', () => {
    expect(afterFailure(fail(9, 'device'), 'device', T + FORGET_AFTER_MS - 1).failures).toBe(10);
    expect(afterFailure(fail(9, 'device'), 'device', T + FORGET_AFTER_MS).failures).toBe(1);
  });
  test('both gates: the longer wait wins', () => {
    const staff = pinGate(fail(3, 'staff'), 'staff', T);
    const device = pinGate(fail(10, 'device'), 'device', T);
    expect(bothGates(staff, device)).toEqual(device);
    expect(bothGates({ open: true }, staff)).toEqual(staff);
  });
  test('the wait never shrinks as failures grow', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), (n) => {
        const until = (k: number) => {
          const g = pinGate(fail(k, 'device'), 'device', T);
          return g.open ? T : g.untilMs;
        };
        expect(until(n + 1)).toBeGreaterThanOrEqual(until(n));
      }),
    );
  });
});
