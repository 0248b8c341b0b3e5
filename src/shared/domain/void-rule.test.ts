import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { MemberEvent } from '../schemas/event.schema';
import { item, purchase, visit, voidOf } from './programme/test-events';
import { voidTarget } from './void-rule';

/** Why a void is refused, or null when it may be recorded. */
const voidRefusal = (targetId: string, known: readonly MemberEvent[]) => {
  const v = voidTarget(targetId, known);
  return v.ok ? null : v.refusal;
};

const T = 1_800_000_000_000;

describe('voidTarget', () => {
  test('lets an entry be voided once, and never a void', () => {
    const sale = purchase(T, [item(39_900)]);
    const undo = voidOf(sale, T + 1);
    expect(voidTarget(sale.id, [sale])).toEqual({ ok: true, target: sale });
    expect(voidRefusal(sale.id, [sale, undo])).toBe('already-voided');
    expect(voidRefusal(undo.id, [sale, undo])).toBe('void-of-void');
    expect(voidRefusal(sale.id, [])).toBe('unknown-target');
  });

  // Any history a member could have, voids of voids and double voids included (older servers took them).
  const history = fc
    .array(fc.oneof(fc.constant('visit' as const), fc.constant('purchase' as const), fc.nat()), {
      maxLength: 12,
    })
    .map((steps) => {
      const events: MemberEvent[] = [];
      for (const [i, step] of steps.entries()) {
        const at = T + i;
        if (step === 'visit') events.push(visit(at));
        else if (step === 'purchase') events.push(purchase(at, [item(10_000)]));
        else if (events.length > 0) events.push(voidOf(events[step % events.length] as MemberEvent, at));
      }
      return events;
    });

  test('a void is allowed exactly when its target is a known entry, not a void, and not voided yet', () => {
    fc.assert(
      fc.property(history, fc.nat(), (events, pick) => {
        const target = events[pick % Math.max(1, events.length)];
        if (!target) {
          expect(voidRefusal('nowhere', events)).toBe('unknown-target');
          return;
        }
        const voided = events.some((e) => e.kind === 'void' && e.payload.targetId === target.id);
        const allowed = target.kind !== 'void' && !voided;
        expect(voidRefusal(target.id, events) === null).toBe(allowed);
      }),
    );
  });

  test('once a void is recorded, a second void of the same entry is refused, and so is a void of the void', () => {
    fc.assert(
      fc.property(history, fc.nat(), (events, pick) => {
        const target = events[pick % Math.max(1, events.length)];
        if (!target || voidRefusal(target.id, events) !== null) return;
        const undo = voidOf(target, T + 100);
        const after = [...events, undo];
        expect(voidRefusal(target.id, after)).toBe('already-voided');
        expect(voidRefusal(undo.id, after)).toBe('void-of-void');
      }),
    );
  });

  test('reads only the target and voids: other entries of the member change nothing', () => {
    fc.assert(
      fc.property(history, fc.nat(), (events, pick) => {
        const target = events[pick % Math.max(1, events.length)];
        if (!target) return;
        const read = events.filter((e) => e.id === target.id || e.kind === 'void');
        expect(voidRefusal(target.id, read)).toBe(voidRefusal(target.id, events));
      }),
    );
  });
});
