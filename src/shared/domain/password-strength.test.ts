import { describe, expect, test } from 'vitest';
import { passwordProblems } from './password-strength';

describe('passwordProblems', () => {
  test('accepts ten characters with letters and digits', () => {
    expect(passwordProblems('floor2026book')).toEqual([]);
  });
  test('names every rule a weak password breaks', () => {
    expect(passwordProblems('abc')).toEqual(['too-short', 'needs-digit', 'too-repetitive']);
    expect(passwordProblems('1111111111')).toEqual(['needs-letter', 'too-repetitive']);
  });
  test('counts Chinese characters as letters', () => {
    expect(passwordProblems('会员通门店密码2026')).toEqual([]);
  });
});
