import { createReadStream, openSync, readSync, closeSync } from 'node:fs';
import iconv from 'iconv-lite';
import { parse } from 'csv-parse';
import type ExcelJSTypes from 'exceljs';
import { WorkbookReader } from './exceljs-reader';
import type { ImportEncoding, ImportSeparator } from '../../shared/schemas/import.schema';
import { detectEncoding, detectSeparator, ICONV_NAME } from './encoding';
import { normaliseCell } from './cells';

/** A row of the file: its number as a spreadsheet shows it, and its cells normalised (cells.ts). */
export interface SourceRow {
  line: number;
  cells: string[];
}

export type FileShape =
  | { format: 'csv'; encoding: ImportEncoding; separator: ImportSeparator }
  | { format: 'xlsx'; encoding: null; separator: null };

/** An old binary .xls or anything else that is neither CSV text nor an .xlsx. */
export class UnreadableFile extends Error {}

const HEAD_BYTES = 64 * 1024;

/** What a file is, from its first bytes: an .xlsx is a zip; CSV text otherwise, its encoding and separator guessed. */
export function sniffFile(path: string): FileShape {
  const head = Buffer.alloc(HEAD_BYTES);
  const fd = openSync(path, 'r');
  let length: number;
  try {
    length = readSync(fd, head, 0, HEAD_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  const bytes = head.subarray(0, length);
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])))
    return { format: 'xlsx', encoding: null, separator: null };
  // The old Excel 97 format (a compound file): save it as .xlsx or CSV first.
  if (bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) throw new UnreadableFile('xls');
  const encoding = detectEncoding(bytes);
  const text = iconv.decode(bytes, ICONV_NAME[encoding]);
  return { format: 'csv', encoding, separator: detectSeparator(text) };
}

/** Every row of the file, streamed: a 100,000-row file is never held whole. */
export function readRows(path: string, shape: FileShape): AsyncIterable<SourceRow> {
  return shape.format === 'csv' ? csvRows(path, shape.encoding, shape.separator) : xlsxRows(path);
}

async function* csvRows(path: string, encoding: ImportEncoding, separator: ImportSeparator) {
  const parser = createReadStream(path)
    .pipe(iconv.decodeStream(ICONV_NAME[encoding]))
    .pipe(
      parse({
        delimiter: separator,
        relax_column_count: true,
        relax_quotes: true,
        skip_empty_lines: false,
        info: true,
      }),
    );
  // A record's number is the row Excel shows it on: a quoted line break stays inside its cell.
  for await (const { record, info } of parser as AsyncIterable<{
    record: string[];
    info: { records: number };
  }>)
    yield { line: info.records, cells: record.map(normaliseCell) };
}

async function* xlsxRows(path: string) {
  const reader = new WorkbookReader(path, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  // The first sheet only: stores keep one list, and a second sheet is usually a summary.
  for await (const sheet of reader) {
    for await (const row of sheet as AsyncIterable<ExcelJSTypes.Row>) {
      const values = row.values as ExcelJSTypes.CellValue[];
      const cells: string[] = [];
      for (let col = 1; col < values.length; col++) cells.push(normaliseCell(cellText(values[col])));
      yield { line: row.number, cells };
    }
    break;
  }
}

/** A cell as text: a date as its day (yyyy-mm-dd), a formula as the value it showed, rich text as its words. */
export function cellText(value: ExcelJSTypes.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value)
    return cellText((value as { result?: ExcelJSTypes.CellValue }).result);
  if ('text' in value) return value.text;
  return '';
}
