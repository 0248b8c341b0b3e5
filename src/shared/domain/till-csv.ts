import type { TillDayFields } from './till-day';
import { checkTillDay, type TillDayCheck } from './till-day-input';

/*
 * A CSV of till days, as a manager exports it from the till or a spreadsheet: columns date,
 * sales (yuan), tickets, pieces, in English or Chinese; UTF-8 with or without a BOM, or GBK (what
 * Excel saves on a Chinese Windows). Either every row is good and all are imported, or none is:
 * each bad row is told by its line with the reason.
 */

/** Far above years of days (a day is a line of ~40 bytes); a bigger file is not a till export. */
export const TILL_CSV_MAX_BYTES = 5 * 1024 * 1024;

const COLUMNS = {
  day: ['date', 'day', '日期'],
  sales: ['sales', '销售额', '营业额'],
  tickets: ['tickets', '小票数', '单数'],
  pieces: ['pieces', '件数'],
} as const;
export type TillCsvColumn = keyof typeof COLUMNS;

type Problems = Extract<TillDayCheck, { ok: false }>['problems'];

export interface TillCsvRowError {
  /** The file's line the row starts on (the header is line 1). */
  line: number;
  problems: Problems & { duplicateOf?: number };
}

export type TillCsvResult =
  | { ok: true; days: { day: string; fields: TillDayFields }[] }
  | { ok: false; file: 'empty' | 'too-large' | 'no-rows'; maxBytes: number }
  | { ok: false; file: 'missing-columns'; missing: TillCsvColumn[] }
  | { ok: false; file: 'bad-rows'; rows: TillCsvRowError[] };

// Every runtime this code runs in (browsers, Node) has the WHATWG TextDecoder; the ES-only lib
// src/shared compiles against does not declare it.
declare const TextDecoder: new (
  label: string,
  options?: { fatal?: boolean },
) => { decode(bytes: Uint8Array): string };

/** The file's text: valid UTF-8 (a BOM dropped), or else GBK. */
export function decodeTillCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Anything else that is not a till export then lacks the columns, and is told so.
    return new TextDecoder('gbk').decode(bytes);
  }
}

/** Records of a CSV text with the line each starts on; quotes may hold commas and line breaks. */
export function csvRecords(text: string): { line: number; cells: string[] }[] {
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const endRecord = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '')) records.push({ line: start, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell.trim() === '') {
      cell = '';
      quoted = true;
    } else if (ch === ',' || ch === '\t') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else cell += ch;
  }
  endRecord();
  return records;
}

/**
 * Reads and checks a whole file. `todayKey` is the store's today (no day after it), from the
 * store's time zone.
 */
export function readTillCsv(bytes: Uint8Array, todayKey: string): TillCsvResult {
  if (bytes.length > TILL_CSV_MAX_BYTES)
    return { ok: false, file: 'too-large', maxBytes: TILL_CSV_MAX_BYTES };
  const [header, ...rows] = csvRecords(decodeTillCsv(bytes).replace(/^\uFEFF/, ''));
  if (!header) return { ok: false, file: 'empty', maxBytes: TILL_CSV_MAX_BYTES };
  const names = header.cells.map((c) => c.trim().toLowerCase());
  const at = {} as Record<TillCsvColumn, number>;
  const missing: TillCsvColumn[] = [];
  for (const column of Object.keys(COLUMNS) as TillCsvColumn[]) {
    const index = names.findIndex((n) => (COLUMNS[column] as readonly string[]).includes(n));
    if (index < 0) missing.push(column);
    at[column] = index;
  }
  if (missing.length > 0) return { ok: false, file: 'missing-columns', missing };
  if (rows.length === 0) return { ok: false, file: 'no-rows', maxBytes: TILL_CSV_MAX_BYTES };

  const days: { day: string; fields: TillDayFields }[] = [];
  const errors: TillCsvRowError[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of rows) {
    const cell = (column: TillCsvColumn) => cells[at[column]] ?? '';
    const checked = checkTillDay(
      { day: cell('day'), sales: cell('sales'), tickets: cell('tickets'), pieces: cell('pieces') },
      todayKey,
    );
    if (!checked.ok) {
      errors.push({ line, problems: checked.problems });
      continue;
    }
    const first = seen.get(checked.day);
    if (first !== undefined) errors.push({ line, problems: { duplicateOf: first } });
    else {
      seen.set(checked.day, line);
      days.push({ day: checked.day, fields: checked.fields });
    }
  }
  return errors.length > 0 ? { ok: false, file: 'bad-rows', rows: errors } : { ok: true, days };
}
