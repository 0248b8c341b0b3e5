import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DEFAULT_PROGRAMME_RULES } from '../programme/rules';
import { memberToday, todayFromMembers } from './member-today';
import { todayAtCounter, type TodayFigures } from './today';
import { DAY, drawn, eventsOf, noon } from './random-events';
import { holder, member } from './test-builders';

const today = { year: 2026, month: 11, day: 20 };
const scope = { today, timeZone: 'Asia/Shanghai', rules: DEFAULT_PROGRAMME_RULES };
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
