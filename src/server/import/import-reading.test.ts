import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { detectEncoding, detectSeparator } from './encoding';
import { normaliseCell } from './cells';
import { excelSerialDay, parseBirthday } from './dates';
import { headerKey, recogniseHeader, suggestMapping } from './headers';
import { locateHeader } from './header-row';
import { neutraliseFormula } from '../../shared/domain/formula-cells';
import { csvCell } from '../export/member-csv';

describe('the encoding of a CSV file', () => {
  const text = '姓名,手机\r\n张晓梅,13800138000\r\n';
  test.each([
    ['utf-8-bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
    ['utf-8', Buffer.from(text)],
    ['gb18030', iconv.encode(text, 'gb18030')],
    ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')])],
    ['utf-16be', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')])],
    ['utf-16le', iconv.encode(text, 'utf-16le')],
    ['utf-16be', iconv.encode(text, 'utf-16be')],
  ])('is told as %s', (expected, bytes) => {
    expect(detectEncoding(bytes)).toBe(expected);
  });

  test('a UTF-8 character cut by the end of the sample still reads as UTF-8', () => {
    const long = Buffer.from('张'.repeat(3000));
    expect(detectEncoding(long.subarray(0, 4096 + 1))).toBe('utf-8');
  });

  test.each([
    [',', '会员资料\n姓名,手机,生日\n张,138,1990-01-02\n'],
    ['\t', '姓名\t手机\t备注\n张\t138\t"a,b,c,d"\n'],
    [';', 'Name;Phone\nZhang;138\nLi;139\n'],
    [',', 'only one column\nrow\n'],
  ])('the separator is %j', (separator, sample) => {
    expect(detectSeparator(sample)).toBe(separator);
  });
});

describe('cells', () => {
  test('full-width digits, letters and spaces become half-width; Chinese punctuation stays', () => {
    expect(normaliseCell('\u3000１３８\u3000００１３\u00a0８０００ ')).toBe('138 0013 8000');
    expect(normaliseCell('ｍａｒｙ＠ｅｘａｍｐｌｅ．ｃｏｍ')).toBe('mary@example.com');
    expect(normaliseCell('喜欢简约，（棉麻）')).toBe('喜欢简约，（棉麻）');
  });

  test('Excel serial days, with the 29 February 1900 that never was', () => {
    expect(excelSerialDay(1)).toEqual({ year: 1900, month: 1, day: 1 });
    expect(excelSerialDay(59)).toEqual({ year: 1900, month: 2, day: 28 });
    expect(excelSerialDay(60)).toBeNull();
    expect(excelSerialDay(61)).toEqual({ year: 1900, month: 3, day: 1 });
    expect(excelSerialDay(32874)).toEqual({ year: 1990, month: 1, day: 1 });
    expect(excelSerialDay(45658.75)).toEqual({ year: 2025, month: 1, day: 1 });
    expect(excelSerialDay(0)).toBeNull();
  });

  test.each([
    ['1990-01-02', { calendar: 'solar', year: 1990, month: 1, day: 2 }],
    ['1990/1/2', { calendar: 'solar', year: 1990, month: 1, day: 2 }],
    ['1990.1.2', { calendar: 'solar', year: 1990, month: 1, day: 2 }],
    ['1990年1月2日', { calendar: 'solar', year: 1990, month: 1, day: 2 }],
    ['19900102', { calendar: 'solar', year: 1990, month: 1, day: 2 }],
    ['1/2/1990', { calendar: 'solar', year: 1990, month: 1, day: 2 }],
    ['1990-01-02 00:00:00', { calendar: 'solar', year: 1990, month: 1, day: 2 }],
    ['32875', { calendar: 'solar', year: 1990, month: 1, day: 2 }],
    ['3月8日', { calendar: 'solar', month: 3, day: 8 }],
    ['农历1990-08-15', { calendar: 'lunar', year: 1990, month: 8, day: 15 }],
  ])('the birthday %s', (cell, birthday) => {
    expect(parseBirthday(cell)).toEqual(birthday);
  });

  test.each(['1990-02-30', '1990-13-01', 'next week', '60', '农历1990-01-31'])(
    '%s is not a real day',
    (cell) => {
      expect(parseBirthday(cell)).toBeNull();
    },
  );

  test('an empty birthday is no birthday, not a wrong one', () => {
    expect(parseBirthday('')).toBeUndefined();
  });
});

describe('headers', () => {
  test.each([
    ['姓名', 'name'],
    ['手机号码', 'phone'],
    ['联系电话', 'phone'],
    ['出生日期', 'birthday'],
    ['累计消费（元）', 'totalSpend'],
    ['Total Spend (CNY)', 'totalSpend'],
    ['会员卡号', 'cardNo'],
    ['专属导购', 'owner'],
    ['裤装尺码', 'size.bottoms'],
    ['鞋码', 'size.shoes'],
    ['积分余额', 'points'],
    ['E-mail', 'email'],
    ['Date of birth', 'birthday'],
    ['颜色偏好', null],
  ])('%s is read as %s', (header, field) => {
    expect(recogniseHeader(header)).toBe(field);
  });

  test('a field is proposed once, and the store’s remembered choice comes first', () => {
    const remembered = new Map([[headerKey('电话'), null]]);
    expect(suggestMapping(['姓名', '手机', '电话', '姓名', '颜色'], remembered)).toEqual({
      mapping: ['name', 'phone', null, null, null],
      remembered: [false, false, true, false, false],
    });
  });

  test('the header is the row naming the most known columns, under a title and a merged group row', () => {
    const rows = [
      { line: 1, cells: ['2026年会员资料', '', ''] },
      { line: 2, cells: ['', '', ''] },
      { line: 3, cells: ['基本信息', '', '尺码'] },
      { line: 4, cells: ['姓名', '手机', '上衣尺码', ''] },
      { line: 5, cells: ['张晓梅', '13800138000', 'M'] },
    ];
    expect(locateHeader(rows)).toEqual({ line: 4, headers: ['姓名', '手机', '上衣尺码'] });
  });
});

describe('formulas across the border', () => {
  test('dropped on the way in, escaped on the way out', () => {
    expect(neutraliseFormula('=HYPERLINK("x","y")', 'in')).toBe('HYPERLINK("x","y")');
    expect(neutraliseFormula('+-@ =1+1', 'in')).toBe('1+1');
    expect(neutraliseFormula('\t=cmd', 'in')).toBe('cmd');
    expect(neutraliseFormula('张晓梅', 'in')).toBe('张晓梅');
    expect(neutraliseFormula('=1+1', 'out')).toBe("'=1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  test('nothing that comes in or goes out starts as a formula', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(neutraliseFormula(s, 'in')).not.toMatch(/^[=+\-@\t\r]/);
        expect(neutraliseFormula(s, 'out')).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });
});
