import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { pinProblems } from './pin-rules';

describe('pinProblems', () => {
  test('accepts six digits with no pattern', () => {
    expect(pinProblems('258036')).toEqual([]);
    expect(pinProblems('70419386')).toEqual([]);
  });
  test('refuses what is not six to twelve digits', () => {
    expect(pinProblems('12a456')).toEqual(['not-digits']);
    expect(pinProblems('２５８０３６')).toEqual(['not-digits']);
    expect(pinProblems('25803')).toEqual(['too-short']);
    expect(pinProblems('2580362580361')).toEqual(['too-long']);
  });
  test('refuses one digit repeated, runs up and down, and repeated pairs or triples', () => {
    expect(pinProblems('000000')).toEqual(['repeated']);
    expect(pinProblems('123456')).toEqual(['run']);
    expect(pinProblems('654321')).toEqual(['run']);
    expect(pinProblems('890123')).toEqual(['run']);
    expect(pinProblems('121212')).toEqual(['pattern']);
    expect(pinProblems('123123')).toEqual(['pattern']);
  });
  test('refuses the PINs people pick first', () => {
    expect(pinProblems('520520')).toContain('common');
    expect(pinProblems('147258')).toEqual(['common']);
  });
  test('any digit string of 6 to 12 is judged, never thrown on', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{6,12}$/), (pin) => {
        expect(Array.isArray(pinProblems(pin))).toBe(true);
      }),
    );
  });
});
