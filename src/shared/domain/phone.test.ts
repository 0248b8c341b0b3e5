import { describe, expect, test } from 'vitest';
import { maskPhone, normalisePhone, phoneTail } from './phone';

describe('normalisePhone', () => {
  test.each([
    ['13812345678', '13812345678'],
    ['138 1234 5678', '13812345678'],
    ['138-1234-5678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['008613812345678', '13812345678'],
    ['8613812345678', '13812345678'],
    ['１３８１２３４５６７８', '13812345678'],
    ['＋８６ １３８１２３４５６７８', '13812345678'],
  ])('reads %s as %s', (input, expected) => {
    expect(normalisePhone(input)).toBe(expected);
  });

  test.each(['1381234567', '23812345678', '138123456789', '138abc45678', '12012345678', ''])(
    'rejects %s',
    (input) => {
      expect(normalisePhone(input)).toBeNull();
    },
  );
});

describe('phoneTail and maskPhone', () => {
  test('take the last four digits and hide the middle four', () => {
    expect(phoneTail('13812345678')).toBe('5678');
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
});
