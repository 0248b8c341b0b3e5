/*
 * When an associate leaves, her members go to others: all to one, or shared out evenly among
 * the associates the manager picks. The split is a pure function of its inputs, so a manager who
 * previews it sees exactly what she then confirms, and a test can check it for any roster.
 */

export interface Move<M, S> {
  readonly member: M;
  readonly to: S;
}

/**
 * Deal the members to the receivers in turn, in the order given: every receiver gets
 * ⌊n/k⌋ or ⌈n/k⌉ members, and the earlier receivers take the extra ones. Callers pass the
 * members in a stable order (by id) so the same roster always splits the same way.
 */
export function shareOutEvenly<M, S>(members: readonly M[], receivers: readonly S[]): Move<M, S>[] {
  if (receivers.length === 0) return [];
  return members.map((member, i) => ({ member, to: receivers[i % receivers.length] as S }));
}

/** How many members each receiver gets from a set of moves, in the receivers' order. */
export function countsByReceiver<M, S>(moves: readonly Move<M, S>[], receivers: readonly S[]): number[] {
  const counts = new Map<S, number>(receivers.map((r) => [r, 0]));
  for (const { to } of moves) counts.set(to, (counts.get(to) ?? 0) + 1);
  return receivers.map((r) => counts.get(r) ?? 0);
}
