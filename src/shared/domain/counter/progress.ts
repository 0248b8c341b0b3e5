/** A figure against its target. */
export interface Progress {
  actual: number;
  /** null when no target was set for the figure. */
  target: number | null;
  /** actual ÷ target, not capped (1.2 is 120 %); null with no target or a target of 0. */
  fraction: number | null;
  met: boolean;
}

export function progressOf(actual: number, target: number | null | undefined): Progress {
  const t = target ?? null;
  return {
    actual,
    target: t,
    fraction: t === null || t === 0 ? null : actual / t,
    met: t !== null && actual >= t,
  };
}

/** The sum of a field over the days that set it; null when none did (no target, not 0). */
export function sumOfSet<T>(records: readonly T[], field: (r: T) => number | undefined): number | null {
  let sum: number | null = null;
  for (const r of records) {
    const v = field(r);
    if (v !== undefined) sum = (sum ?? 0) + v;
  }
  return sum;
}
