import type { TillDayFields } from './till-day';
import { readCount, readYuan, type YuanTextProblem } from './yuan-text';

/** Why a typed figure of a till day is refused; the screens and the import say it in words. */
export type TillFigureProblem = YuanTextProblem | 'required';
export type TillDayProblem = 'not-a-day' | 'future';

export interface TillDayText {
  day: string;
  sales: string;
  tickets: string;
  pieces: string;
}

export type TillDayCheck =
  | { ok: true; day: string; fields: TillDayFields }
  | {
      ok: false;
      problems: Partial<
        Record<'day', TillDayProblem> & Record<'sales' | 'tickets' | 'pieces', TillFigureProblem>
      >;
    };

/** `YYYY-MM-DD`, or as spreadsheets write it (`2026/3/5`, `2026-3-5`), to the day's key; null if no such day. */
export function readDayKey(text: string): string | null {
  const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text.trim());
  if (!match) return null;
  const [, y = '', m = '', d = ''] = match;
  const key = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${key}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(key) ? key : null;
}

/**
 * One day's till figures as typed or imported: sales in yuan (two decimals at most), tickets and
 * pieces whole; the day no later than the store's today (`todayKey`, the store's own time zone).
 */
export function checkTillDay(text: TillDayText, todayKey: string): TillDayCheck {
  const problems: Extract<TillDayCheck, { ok: false }>['problems'] = {};
  const day = readDayKey(text.day);
  if (day === null) problems.day = 'not-a-day';
  else if (day > todayKey) problems.day = 'future';
  const figure = <T>(typed: string, read: (t: string) => T) => (typed.trim() === '' ? null : read(typed));
  const sales = figure(text.sales, readYuan);
  const tickets = figure(text.tickets, readCount);
  const pieces = figure(text.pieces, readCount);
  if (sales === null) problems.sales = 'required';
  else if (!sales.ok) problems.sales = sales.problem;
  if (tickets === null) problems.tickets = 'required';
  else if (!tickets.ok) problems.tickets = tickets.problem;
  if (pieces === null) problems.pieces = 'required';
  else if (!pieces.ok) problems.pieces = pieces.problem;
  if (day === null || !sales?.ok || !tickets?.ok || !pieces?.ok) return { ok: false, problems };
  if (problems.day) return { ok: false, problems };
  return { ok: true, day, fields: { salesFen: sales.fen, tickets: tickets.count, pieces: pieces.count } };
}
