import { describe, expect, test } from 'vitest';
import { seesFullPhone, shownPhone } from './phone-privacy';

describe('shownPhone', () => {
  test('masks the middle four digits for an associate', () => {
    expect(shownPhone('13812345678', 'associate')).toBe('138****5678');
  });

  test('shows the number to an associate who revealed it', () => {
    expect(shownPhone('13812345678', 'associate', true)).toBe('13812345678');
  });

  test('shows the number in full to managers and owners', () => {
    expect(shownPhone('13812345678', 'manager')).toBe('13812345678');
    expect(shownPhone('13812345678', 'owner')).toBe('13812345678');
  });

  test('masks everything when nobody is signed in, and a number of another length entirely', () => {
    expect(shownPhone('13812345678', null)).toBe('138****5678');
    expect(shownPhone('+4420123', 'associate')).toBe('****');
  });
});

describe('seesFullPhone', () => {
  test('is true from manager up', () => {
    expect([null, 'associate', 'manager', 'owner'].map((r) => seesFullPhone(r as never))).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });
});
