import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { MemberEvent } from '../../schemas/event.schema';
import type { EventId } from '../../schemas/ids.schema';
import { DEFAULT_PROGRAMME_RULES } from '../programme/rules';
import { memberToday, todayFromMembers } from './member-today';
import { todayAtCounter, type TodayFigures } from './today';
import { holder, LI, member, nextId, shanghai, ZHOU } from './test-builders';

const today = { year: 2026, month: 11, day: 20 };
const scope = { today, timeZone: 'Asia/Shanghai', rules: DEFAULT_PROGRAMME_RULES };
const DAY = 86_400_000;
const noon = shanghai(12);

/** One event as drawn: its kind, member, staff, how many ms before today's noon, and what it points at. */
const drawn = fc.record({
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

type Draw = typeof drawn extends fc.Arbitrary<infer T> ? T : never;

function eventsOf(draws: Draw[]): MemberEvent[] {
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

/** Rows and lists whose order is the order events were met in: compared as sets. */
const unordered = (f: TodayFigures) => ({
  ...f,
  cameBack: [...f.cameBack].sort(),
  associates: [...f.associates].sort((a, b) => a.staffId.localeCompare(b.staffId)),
});

describe('todayFromMembers', () => {
  test('adds up to todayAtCounter over the same events, whatever the events', () => {
    fc.assert(
      fc.property(
        fc.array(drawn, { maxLength: 60 }),
        // Each member signed up long ago, lately, today, or is not on this tablet.
        fc.array(fc.option(fc.integer({ min: -10 * 3_600_000, max: 700 * DAY })), {
          minLength: 4,
          maxLength: 4,
        }),
        fc.option(fc.record({ vipSalesFen: fc.nat(), followUps: fc.nat(), newCards: fc.nat() })),
        (draws, signUps, target) => {
          const events = eventsOf(draws);
          const members = signUps.flatMap((ago, i) => (ago === null ? [] : [holder(i + 1, noon - ago)]));
          const till = { salesFen: 1_000_000, tickets: 10, pieces: 15 };
          const whole = todayAtCounter({ ...scope, events, members, till, target });
          const shares = [1, 2, 3, 4].map((n) => memberToday(member(n), events, scope));
          const added = todayFromMembers({ ...scope, shares, members, till, target });
          expect(unordered(added)).toEqual(unordered(whole));
        },
      ),
      { numRuns: 300 },
    );
  });

  test('a member’s share ignores another member’s events', () => {
    const events = eventsOf([
      { kind: 'purchase', who: 2, staff: true, ago: 0, total: 100, pieces: 1, purpose: 'other', pick: 0 },
    ]);
    expect(memberToday(member(1), events, scope)).toMatchObject({ came: false, salesFen: 0 });
    expect(memberToday(member(2), events, scope)).toMatchObject({ came: true, salesFen: 100 });
  });
});
