import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readCount, readYuan } from './yuan-text';

describe('readYuan', () => {
  it.each([
    ['10000', 1_000_000],
    ['399.5', 39_950],
    ['1,299.00', 129_900],
    ['¥ 12.05', 1_205],
    ['0', 0],
  ])('reads %s as %i fen', (text, fen) => expect(readYuan(text)).toEqual({ ok: true, fen }));

  it.each([
    ['-5', 'negative'],
    ['-0.5', 'negative'],
    ['12.345', 'decimals'],
    ['abc', 'not-a-number'],
    ['', 'not-a-number'],
    ['1.2.3', 'not-a-number'],
    ['12345678901', 'too-large'],
  ])('refuses %s: %s', (text, problem) => expect(readYuan(text)).toEqual({ ok: false, problem }));

  it('reads back any amount in fen written as yuan with two decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (fen) => {
        expect(readYuan((fen / 100).toFixed(2))).toEqual({ ok: true, fen });
      }),
    );
  });
});

describe('readCount', () => {
  it('reads whole counts and tells why others are not', () => {
    expect(readCount('1,204')).toEqual({ ok: true, count: 1204 });
    expect(readCount('-1')).toEqual({ ok: false, problem: 'negative' });
    expect(readCount('2.5')).toEqual({ ok: false, problem: 'decimals' });
    expect(readCount('two')).toEqual({ ok: false, problem: 'not-a-number' });
  });
});
