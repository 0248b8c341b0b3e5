import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { readTillCsv, TILL_CSV_MAX_BYTES } from './till-csv';

const TODAY = '2026-03-10';
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readTillCsv', () => {
  it('reads English columns in any order into fen and counts', () => {
    const result = readTillCsv(utf8('tickets,date,sales,pieces\r\n20,2026-03-01,"10,000.00",31\r\n'), TODAY);
    expect(result).toEqual({
      ok: true,
      days: [{ day: '2026-03-01', fields: { salesFen: 1_000_000, tickets: 20, pieces: 31 } }],
    });
  });

  it('reads a GBK file with Chinese headers, as Excel saves it on Chinese Windows', () => {
    const bytes = iconv.encode('日期,营业额,单数,件数\r\n2026/3/2,5000.5,12,18\r\n', 'gbk');
    expect(readTillCsv(bytes, TODAY)).toEqual({
      ok: true,
      days: [{ day: '2026-03-02', fields: { salesFen: 500_050, tickets: 12, pieces: 18 } }],
    });
  });

  it('reads UTF-8 with a BOM and the other Chinese headers', () => {
    const bytes = utf8('\uFEFF日期,销售额,小票数,件数\n2026-03-03,1,1,1\n');
    expect(readTillCsv(bytes, TODAY)).toMatchObject({ ok: true, days: [{ day: '2026-03-03' }] });
  });

  it('tells each bad row by its line and reason, and keeps none of the good ones', () => {
    const csv = [
      'date,sales,tickets,pieces',
      '2026-03-01,100,1,1',
      '2026-03-02,-5,1,1',
      '',
      '2026-03-03,1.234,x,1',
      '2026-03-11,100,1,1',
      '2026-02-30,100,1,1',
      '2026-03-01,100,1,1',
    ].join('\n');
    expect(readTillCsv(utf8(csv), TODAY)).toEqual({
      ok: false,
      file: 'bad-rows',
      rows: [
        { line: 3, problems: { sales: 'negative' } },
        { line: 5, problems: { sales: 'decimals', tickets: 'not-a-number' } },
        { line: 6, problems: { day: 'future' } },
        { line: 7, problems: { day: 'not-a-day' } },
        { line: 8, problems: { duplicateOf: 2 } },
      ],
    });
  });

  it('counts lines inside a quoted cell when telling where a later row is', () => {
    const csv = 'date,sales,tickets,pieces,note\n2026-03-01,1,1,1,"two\nlines"\n2026-03-02,x,1,1,\n';
    expect(readTillCsv(utf8(csv), TODAY)).toMatchObject({ rows: [{ line: 4 }] });
  });

  it('says a file is empty, has only its header, or lacks a column', () => {
    expect(readTillCsv(new Uint8Array(), TODAY)).toMatchObject({ ok: false, file: 'empty' });
    expect(readTillCsv(utf8('\uFEFF\r\n'), TODAY)).toMatchObject({ ok: false, file: 'empty' });
    expect(readTillCsv(utf8('date,sales,tickets,pieces\n'), TODAY)).toMatchObject({ file: 'no-rows' });
    expect(readTillCsv(utf8('date,sales\n2026-03-01,1\n'), TODAY)).toEqual({
      ok: false,
      file: 'missing-columns',
      missing: ['tickets', 'pieces'],
    });
  });

  it('refuses a file over the limit without reading it', () => {
    const big = new Uint8Array(TILL_CSV_MAX_BYTES + 1);
    expect(readTillCsv(big, TODAY)).toMatchObject({ ok: false, file: 'too-large' });
  });
});
