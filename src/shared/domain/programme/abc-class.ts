export type AbcClass = 'A' | 'B' | 'C';

export interface AbcInput {
  id: string;
  /** Spend over the rolling window, fen. */
  spend: number;
  /** Purchases over the same window. */
  tickets: number;
}

/**
 * Store-relative classes by spend AND frequency (docs/domain.md, "ABC classes"):
 * - high spend: among the members who bring the first 80 % of the store's spend (Pareto),
 *   taken in order of spend; members who spent the same fall on the same side of the cut;
 * - high frequency: at least the (upper) median number of tickets among members who bought at
 *   all, and never fewer than two: buying once is not "often", whatever the store;
 * - A = both, B = either, C = neither (everyone who bought nothing is C).
 */
export function abcClasses(rows: readonly AbcInput[]): Map<string, AbcClass> {
  const out = new Map<string, AbcClass>();
  const buyers = rows.filter((r) => r.spend > 0 && r.tickets > 0);
  for (const r of rows) out.set(r.id, 'C');
  if (buyers.length === 0) return out;
  const total = buyers.reduce((s, r) => s + r.spend, 0);
  const bySpend = [...buyers].sort((a, b) => b.spend - a.spend || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const highSpend = new Set<string>();
  let running = 0;
  let last = Infinity;
  for (const r of bySpend) {
    // Members who spent the same stay together on one side of the cut.
    if (running >= 0.8 * total && r.spend < last) break;
    highSpend.add(r.id);
    running += r.spend;
    last = r.spend;
  }
  const tickets = buyers.map((r) => r.tickets).sort((a, b) => a - b);
  const median = Math.max(2, tickets[Math.floor(tickets.length / 2)] ?? 0);
  for (const r of buyers) {
    const spend = highSpend.has(r.id);
    const often = r.tickets >= median;
    out.set(r.id, spend && often ? 'A' : spend || often ? 'B' : 'C');
  }
  return out;
}
