import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { isCardNumber, luhnDigit, newCardNumber } from './card-number';

const randomArb = fc
  .array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { minLength: 11, maxLength: 11 })
  .map((values) => {
    let i = 0;
    return () => values[i++ % values.length] ?? 0;
  });

describe('luhnDigit', () => {
  test.each([
    ['7992739871', '3'],
    ['411111111111111', '1'],
    ['0', '0'],
    ['1', '8'],
    ['10000000000', '8'],
  ])('gives %s the check digit %s', (digits, check) => {
    expect(luhnDigit(digits)).toBe(check);
  });
});

describe('isCardNumber', () => {
  test('accepts 12 digits with a right check digit', () => {
    expect(isCardNumber('100000000008')).toBe(true);
    expect(isCardNumber('799273987130')).toBe(false);
    expect(isCardNumber('799273987138')).toBe(true);
  });

  test.each(['100000000009', '10000000008', '1000000000080', '10000000000８', '1000-0000-0008', ''])(
    'refuses %s',
    (s) => {
      expect(isCardNumber(s)).toBe(false);
    },
  );
});

describe('newCardNumber', () => {
  test('makes 12 digits from 11 draws, the first never 0', () => {
    expect(newCardNumber(() => 0)).toBe('100000000008');
    expect(newCardNumber(() => 0.999_999)).toBe(`99999999999${luhnDigit('99999999999')}`);
  });

  test('makes numbers that validate', () => {
    fc.assert(
      fc.property(randomArb, (random) => {
        const cardNo = newCardNumber(random);
        expect(cardNo).toMatch(/^[1-9]\d{11}$/);
        expect(isCardNumber(cardNo)).toBe(true);
      }),
    );
  });

  test('catches any single mistyped digit', () => {
    fc.assert(
      fc.property(
        randomArb,
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 1, max: 9 }),
        (random, position, shift) => {
          const cardNo = newCardNumber(random);
          const typo = String((Number(cardNo[position]) + shift) % 10);
          const mistyped = cardNo.slice(0, position) + typo + cardNo.slice(position + 1);
          expect(isCardNumber(mistyped)).toBe(false);
        },
      ),
    );
  });
});
