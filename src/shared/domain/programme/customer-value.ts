import type { ProgrammeRules } from './rules';
import type { MemberSummary } from './summary';

const YEAR = 365 * 86_400_000;

/**
 * 顾客价值 = average ticket × purchases per year × expected lifetime (years) × word-of-mouth
 * factor, in fen, rounded to the nearest fen. Purchases per year are all her purchases over her
 * years as a buyer, from `firstPurchaseAt` to `now`, but never over less than one year: in her
 * first year the purchases made so far stand for the year, so one busy week does not make her
 * look like a weekly buyer. No purchases, no value.
 */
export function customerValue(
  summary: MemberSummary,
  rules: ProgrammeRules,
  firstPurchaseAt: number | null,
  now: number,
): number {
  if (summary.purchases === 0 || firstPurchaseAt === null) return 0;
  const years = Math.max(1, (now - firstPurchaseAt) / YEAR);
  const perYear = summary.purchases / years;
  return Math.round(summary.averageTicket * perYear * rules.customerLifetimeYears * rules.wordOfMouthFactor);
}
