import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays } from '../calendar-day';
import { followUpsOf } from '../follow-ups';
import { storeClockIn } from '../time-zone';
import { contactsDoneIn, followUpsFor } from './follow-up-day';
import { drawn, eventsOf } from './random-events';
import { dayStartMs } from './store-days';

const timeZone = 'Asia/Shanghai';
const today = { year: 2026, month: 11, day: 20 };

describe('contactsDoneIn', () => {
  test('one list, made for any day, counts a window’s follow-ups done as the list made for that window does', () => {
    fc.assert(
      fc.property(
        fc.array(drawn, { maxLength: 60 }),
        fc.integer({ min: -400, max: 0 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 0, max: 2_000_000_000_000 }),
        (draws, from, length, madeAt) => {
          const events = eventsOf(draws);
          const lastDay = addDays(today, from + length - 1);
          const window = {
            start: dayStartMs(addDays(today, from), timeZone),
            end: dayStartMs(addDays(lastDay, 1), timeZone),
          };
          const once = followUpsOf(events, storeClockIn(timeZone, madeAt), 7);
          // The list made for the window's last day, as followUpsFor makes it, counted by hand.
          const forWindow = followUpsOf(events, storeClockIn(timeZone, window.end - 1), 7);
          const done = new Set(
            forWindow.flatMap((f) =>
              f.contact && f.contact.at >= window.start && f.contact.at < window.end ? [f.contact.id] : [],
            ),
          );
          expect(contactsDoneIn(once, window)).toEqual(done);
          expect(followUpsFor(events, lastDay, window, timeZone, 7).counts.done).toBe(done.size);
        },
      ),
      { numRuns: 200 },
    );
  });
});
