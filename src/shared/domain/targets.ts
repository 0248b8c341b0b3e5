import type { StaffId } from '../schemas/ids.schema';

/** What the store aims for on one day (keyed by dayKey, `YYYY-MM-DD`), set by a manager. */
export interface DayTargetFields {
  vipSalesFen: number;
  /** The members' share of the day's sales, in basis points (10000 = all of it). */
  vipShareBp: number;
  newCards: number;
  vipVisits: number;
  followUps: number;
}

/** An associate's new-card target for a quarter, keyed by staffTargetKey. */
export interface StaffTargetFields {
  newCards: number;
}

export type Quarter = 1 | 2 | 3 | 4;

/** `<staffId>/<YYYY>-Q<1-4>`. */
export const staffTargetKey = (staffId: StaffId, year: number, quarter: Quarter): string =>
  `${staffId}/${String(year).padStart(4, '0')}-Q${quarter}`;
