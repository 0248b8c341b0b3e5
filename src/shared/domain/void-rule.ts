import type { MemberEvent } from '../schemas/event.schema';

/**
 * Why an entry may not be voided: no such entry, it is itself a void (docs/domain.md: a void cannot
 * be voided), or a void of it is already recorded (two tablets offline voiding the same sale).
 */
export type VoidRefusal = 'unknown-target' | 'void-of-void' | 'already-voided';

/**
 * The entry a void of `targetId` cancels, or why it may not be recorded, given the events known of
 * the target's member (at least the target and the voids among them). The tablet asks before it
 * queues a void, the server again before it applies one, each with what it holds.
 */
export function voidTarget(
  targetId: string,
  known: readonly MemberEvent[],
): { ok: true; target: MemberEvent } | { ok: false; refusal: VoidRefusal } {
  const target = known.find((e) => e.id === targetId);
  if (!target) return { ok: false, refusal: 'unknown-target' };
  if (target.kind === 'void') return { ok: false, refusal: 'void-of-void' };
  if (known.some((e) => e.kind === 'void' && e.payload.targetId === targetId))
    return { ok: false, refusal: 'already-voided' };
  return { ok: true, target };
}
