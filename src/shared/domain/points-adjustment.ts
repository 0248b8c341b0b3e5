/**
 * The most points one adjustment may add or take away. A purchase of ¥100,000 earns about that
 * many; anything larger is a slip of the finger (a few zeros too many) or abuse, and a manager who
 * truly needs more makes two adjustments, each with its reason in the log.
 */
export const MAX_POINTS_ADJUSTMENT = 100_000;
/** A reason staff can read later: "补录", "活动赠送"; not a blank or a single character. */
export const MIN_POINTS_REASON = 2;

/**
 * What is wrong with a points adjustment, or null: the delta must be a whole number of points,
 * not zero and within ±MAX_POINTS_ADJUSTMENT; the reason must be given. Checked by the tablet
 * before it queues the change and by the server before it applies it (the same Mutation schema).
 */
export function pointsAdjustmentProblem(p: { delta: number; reason: string }): 'delta' | 'reason' | null {
  if (!Number.isInteger(p.delta) || p.delta === 0 || Math.abs(p.delta) > MAX_POINTS_ADJUSTMENT)
    return 'delta';
  if (p.reason.trim().length < MIN_POINTS_REASON) return 'reason';
  return null;
}
