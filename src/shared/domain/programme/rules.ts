export type TierId = 'member' | 'silver' | 'gold' | 'diamond';

/** The programme a store runs (docs/domain.md: tiers, points, follow-ups, dormancy, customer value). */
export interface ProgrammeRules {
  /** Points per whole yuan of a purchase's total. */
  pointsPerYuan: number;
  /** Ascending by spend; the first is 0. Spend is in fen over the rolling window. */
  tiers: readonly { id: TierId; minSpend: number }[];
  tierWindowDays: number;
  /** A follow-up contact is due this many days after each purchase. */
  followUpDays: number;
  dormancy: { dormantAfterDays: number; lapseAfterDays: number; deadAfterDays: number };
  birthdayNearDays: number;
  /** Expected years a member stays, for customer value. */
  customerLifetimeYears: number;
  /** Word-of-mouth multiplier for customer value (one VIP brings others). */
  wordOfMouthFactor: number;
}

/**
 * A starting point only: each store changes these to fit its prices and customers. 1 point per
 * whole yuan; silver from ¥5,000, gold from ¥20,000, diamond from ¥50,000 spent over the last 365
 * days; follow-up within 7 days; dormant after 90 idle days, about to lapse after 180, dead after
 * 365; birthdays "near" within 7 days; a 3-year customer lifetime and a word-of-mouth factor of 1.2.
 */
export const DEFAULT_PROGRAMME_RULES: ProgrammeRules = {
  pointsPerYuan: 1,
  tiers: [
    { id: 'member', minSpend: 0 },
    { id: 'silver', minSpend: 500_000 },
    { id: 'gold', minSpend: 2_000_000 },
    { id: 'diamond', minSpend: 5_000_000 },
  ],
  tierWindowDays: 365,
  followUpDays: 7,
  dormancy: { dormantAfterDays: 90, lapseAfterDays: 180, deadAfterDays: 365 },
  birthdayNearDays: 7,
  customerLifetimeYears: 3,
  wordOfMouthFactor: 1.2,
};

/** The tier a rolling-window spend earns. */
export function tierFor(windowSpend: number, rules: ProgrammeRules): TierId {
  let tier: TierId = rules.tiers[0]?.id ?? 'member';
  for (const t of rules.tiers) if (windowSpend >= t.minSpend) tier = t.id;
  return tier;
}

/** 'up' or 'down' when a change of spend moved her tier; null when it did not. */
export function tierChange(before: TierId, after: TierId, rules: ProgrammeRules): 'up' | 'down' | null {
  const rank = (id: TierId) => rules.tiers.findIndex((t) => t.id === id);
  const d = rank(after) - rank(before);
  return d > 0 ? 'up' : d < 0 ? 'down' : null;
}

/** Points a purchase earns: whole yuan only, so ¥99.90 earns 99. */
export function pointsForPurchase(totalFen: number, rules: ProgrammeRules): number {
  return Math.floor(totalFen / 100) * rules.pointsPerYuan;
}
