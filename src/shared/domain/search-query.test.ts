import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { foldForSearch, readSearchQuery } from './search-query';
import { newCardNumber } from './card-number';
import { memberQrPayload } from './member-qr';

const toFullWidth = (s: string) =>
  s.replace(/[0-9a-z+]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('readSearchQuery', () => {
  test.each([
    ['', { kind: 'empty' }],
    ['   ', { kind: 'empty' }],
    ['+86', { kind: 'empty' }],
    ['8000', { kind: 'phone-tail', digits: '8000' }],
    ['８０００', { kind: 'phone-tail', digits: '8000' }],
    ['0086', { kind: 'phone-tail', digits: '0086' }],
    ['13800138000', { kind: 'phone', phone: '13800138000' }],
    ['138 0013 8000', { kind: 'phone', phone: '13800138000' }],
    ['138-0013-8000', { kind: 'phone', phone: '13800138000' }],
    ['+86 138 0013 8000', { kind: 'phone', phone: '13800138000' }],
    ['008613800138000', { kind: 'phone', phone: '13800138000' }],
    ['8613800138000', { kind: 'phone', phone: '13800138000' }],
    ['100000000001', { kind: 'card', cardNo: '100000000001' }],
    ['1000 0000 0001', { kind: 'card', cardNo: '100000000001' }],
    ['008600001234', { kind: 'card', cardNo: '008600001234' }],
    ['FLOORBOOK:M:100000000016', { kind: 'card', cardNo: '100000000016' }],
    [' floorbook:m:100000000016\n', { kind: 'card', cardNo: '100000000016' }],
    ['138', { kind: 'digits', digits: '138' }],
    ['13800', { kind: 'digits', digits: '13800' }],
    ['0013800', { kind: 'digits', digits: '0013800' }],
    ['23800138000', { kind: 'digits', digits: '23800138000' }],
    ['+86 138', { kind: 'digits', digits: '138' }],
    ['zxm', { kind: 'pinyin', letters: 'zxm' }],
    ['ZhangXM', { kind: 'pinyin', letters: 'zhangxm' }],
    ['zhang xiao mei', { kind: 'pinyin', letters: 'zhangxiaomei' }],
    ["xi'an", { kind: 'pinyin', letters: 'xian' }],
    ['ｚｘｍ', { kind: 'pinyin', letters: 'zxm' }],
    ['lü', { kind: 'pinyin', letters: 'lv' }],
    ['张晓梅', { kind: 'name', text: '张晓梅' }],
    [' 晓 梅 ', { kind: 'name', text: '晓梅' }],
    ['Anna 李', { kind: 'name', text: 'anna李' }],
    ['FLOORBOOK:M:123', { kind: 'name', text: 'floorbook:m:123' }],
    ['FLOORBOOK:M:100000000017', { kind: 'name', text: 'floorbook:m:100000000017' }],
  ])('reads %j', (input, expected) => {
    expect(readSearchQuery(input)).toEqual(expected);
  });

  test('reads any mainland phone however it is written', () => {
    const phone = fc.stringMatching(/^1\d{10}$/);
    const written = fc.tuple(
      phone,
      fc.constantFrom('', '+86 ', '+86-', '0086', '86'),
      fc.constantFrom(' ', '-', ''),
      fc.boolean(),
    );
    fc.assert(
      fc.property(written, ([p, prefix, sep, fullWidth]) => {
        const text = `${prefix}${p.slice(0, 3)}${sep}${p.slice(3, 7)}${sep}${p.slice(7)}`;
        expect(readSearchQuery(fullWidth ? toFullWidth(text) : text)).toEqual({ kind: 'phone', phone: p });
      }),
    );
  });

  test('reads any twelve digits as a card number, and a member code as its card', () => {
    const draws = fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), {
      minLength: 11,
      maxLength: 11,
    });
    fc.assert(
      fc.property(fc.stringMatching(/^\d{12}$/), draws, (typed, numbers) => {
        expect(readSearchQuery(typed)).toEqual({ kind: 'card', cardNo: typed });
        let i = 0;
        const card = newCardNumber(() => numbers[i++ % numbers.length] ?? 0);
        expect(readSearchQuery(memberQrPayload(card))).toEqual({ kind: 'card', cardNo: card });
      }),
    );
  });

  test('reads letters as pinyin whatever their case or width', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,20}$/), fc.boolean(), (letters, fullWidth) => {
        const typed = fullWidth ? toFullWidth(letters) : letters.toUpperCase();
        expect(readSearchQuery(typed)).toEqual({ kind: 'pinyin', letters });
      }),
    );
  });
});

describe('foldForSearch', () => {
  test('folds full-width letters, case and separators the same way for names and queries', () => {
    expect(foldForSearch('Ａｎｎａ-Marie 李')).toBe('annamarie李');
    expect(foldForSearch('玛丽·居里')).toBe('玛丽居里');
  });
});
