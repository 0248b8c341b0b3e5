import type { CalendarDay } from './calendar-day';

/**
 * The till's whole-store figures of one store-local day, keyed by the day (`YYYY-MM-DD`, dayKey):
 * typed by a manager, later sent by the POS or imported from a CSV. Amounts in fen.
 */
export interface TillDayFields {
  salesFen: number;
  tickets: number;
  pieces: number;
}

/** The key of a store-local day: `YYYY-MM-DD`. */
export function dayKey(day: CalendarDay): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(day.year, 4)}-${pad(day.month, 2)}-${pad(day.day, 2)}`;
}
