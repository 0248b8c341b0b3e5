import type { ProgrammeRules } from './rules';
import type { MemberSummary } from './summary';

const YEAR = 365 * 86_400_000;
const MONTH = YEAR / 12;

/**
 * 顾客价值 = average ticket × purchases per year × expected lifetime (years) × word-of-mouth
 * factor, in fen. Purchases per year come from her purchases so far over her time as a buyer
 * (at least a month, at most the tier window), so a new member is not valued on one busy week.
 */
export function customerValue(summary: MemberSummary, rules: ProgrammeRules, now: number): number {
  if (summary.purchases === 0 || summary.firstPurchaseAt === null) return 0;
  const years = Math.min(rules.tierWindowDays / 365, Math.max(MONTH, now - summary.firstPurchaseAt) / YEAR);
  const perYear = summary.purchases / years;
  return Math.round(summary.averageTicket * perYear * rules.customerLifetimeYears * rules.wordOfMouthFactor);
}
