import fc from 'fast-check';
import type { MemberEvent } from '../../schemas/event.schema';
import type { EventId } from '../../schemas/ids.schema';
import { LI, member, nextId, shanghai, ZHOU } from './test-builders';

// Random stores for the counter's property tests: members 1-4 of test-builders, around 2026-11-20.
export const DAY = 86_400_000;
export const noon = shanghai(12);

/** One event as drawn: its kind, member, staff, how many ms before today's noon, and what it points at. */
export const drawn = fc.record({
  kind: fc.constantFrom('purchase', 'visit', 'contact', 'contact-named', 'void'),
  who: fc.integer({ min: 1, max: 4 }),
  staff: fc.boolean(),
  // From a year and a half back (dormant, lapsed) to the end of today, crowded near today.
  ago: fc.oneof(fc.integer({ min: -11 * 3_600_000, max: 20 * DAY }), fc.integer({ min: 0, max: 540 * DAY })),
  total: fc.integer({ min: 0, max: 500_000 }),
  pieces: fc.integer({ min: 1, max: 4 }),
  purpose: fc.constantFrom('follow-up', 'birthday', 'other'),
  pick: fc.nat(),
});

export type Draw = typeof drawn extends fc.Arbitrary<infer T> ? T : never;

export function eventsOf(draws: Draw[]): MemberEvent[] {
  const events: MemberEvent[] = [];
  for (const d of draws) {
    const base = {
      id: nextId() as EventId,
      memberId: member(d.who),
      staffId: d.staff ? LI : ZHOU,
      at: noon - d.ago,
    };
    const hers = events.filter((e) => e.memberId === base.memberId);
    const target = hers[d.pick % Math.max(1, hers.length)];
    if (d.kind === 'purchase')
      events.push({
        ...base,
        kind: 'purchase',
        payload: {
          items: [{ styleNo: 'FW26-01', category: 'tops', size: 'M', quantity: d.pieces, unitPrice: 1 }],
          total: d.total,
        },
      });
    else if (d.kind === 'visit') events.push({ ...base, kind: 'visit', payload: {} });
    else if (d.kind === 'void' && target)
      events.push({ ...base, kind: 'void', payload: { targetId: target.id, reason: '录错' } });
    else if (d.kind.startsWith('contact'))
      events.push({
        ...base,
        kind: 'contact',
        payload: {
          channel: 'wechat',
          purpose: d.purpose,
          ...(d.kind === 'contact-named' && target?.kind === 'purchase' && { followsUp: target.id }),
        },
      });
  }
  return events;
}
