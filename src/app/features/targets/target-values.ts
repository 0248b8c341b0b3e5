import { z } from 'zod';
import type { TargetText } from '../../../shared/domain/target-input';
import { readHundredths } from '../../../shared/domain/target-input';

// Every field is text here: the targets' own rules (checkTargets) read it and give the reasons.
const typed = {
  vipSales: z.string(),
  vipShare: z.string(),
  newCards: z.string(),
  vipVisits: z.string(),
  followUps: z.string(),
};
export const MonthPlanText = z.object({
  month: z.string(),
  weekendWeight: z.string(),
  growth: z.string(),
  ...typed,
});
export const DayTargetText = z.object({ day: z.string(), growth: z.string(), ...typed });

export const EMPTY_TARGETS: TargetText = {
  vipSales: '',
  vipShare: '',
  newCards: '',
  vipVisits: '',
  followUps: '',
};

/** Growth in points as typed (5 = five points), as the fraction the suggestion adds; 0 until it reads. */
export function growthOf(text: string): number {
  const read = readHundredths(text);
  return read.ok ? read.fen / 10_000 : 0;
}

/** `YYYY-MM` as a month; null when it is not one. */
export function readMonth(text: string): { year: number; month: number } | null {
  const match = /^(\d{4})-(\d{1,2})$/.exec(text.trim());
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  return match && month >= 1 && month <= 12 ? { year, month } : null;
}
