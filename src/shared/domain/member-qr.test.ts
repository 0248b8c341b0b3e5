import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { luhnDigit } from './card-number';
import { memberQrPayload, parseMemberQr } from './member-qr';

const cardArb = fc.stringMatching(/^[1-9]\d{10}$/).map((d) => d + luhnDigit(d));

describe('memberQrPayload', () => {
  test('prefixes the card number', () => {
    expect(memberQrPayload('100000000008')).toBe('FLOORBOOK:M:100000000008');
  });

  test('refuses what is not a card number', () => {
    expect(() => memberQrPayload('100000000009')).toThrow(RangeError);
    expect(() => memberQrPayload('')).toThrow(RangeError);
  });
});

describe('parseMemberQr', () => {
  test.each([
    ['FLOORBOOK:M:100000000008', '100000000008'],
    ['  FLOORBOOK:M:100000000008\n', '100000000008'],
    ['floorbook:m:100000000008', '100000000008'],
    ['100000000008', '100000000008'],
    [' 100000000008 ', '100000000008'],
  ])('reads %j as card %s', (text, cardNo) => {
    expect(parseMemberQr(text)).toBe(cardNo);
  });

  test.each([
    'FLOORBOOK:M:100000000009',
    '100000000009',
    'FLOORBOOK:M:10000000008',
    'FLOORBOOK:X:100000000008',
    'FLOORBOOK:M: 100000000008',
    'FLOORBOOK:M:100000000008x',
    'https://example.com/100000000008',
    '13812345678',
    '',
  ])('refuses %j', (text) => {
    expect(parseMemberQr(text)).toBeNull();
  });

  test('reads back every payload it makes', () => {
    fc.assert(
      fc.property(cardArb, (cardNo) => {
        expect(parseMemberQr(memberQrPayload(cardNo))).toBe(cardNo);
      }),
    );
  });
});
