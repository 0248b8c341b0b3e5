import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { addDays, calendarDayOf, daysInMonth, daysUntil, todayOf } from './calendar-day';

const CHINA = 480;
const dayArb = fc
  .record({
    year: fc.integer({ min: 1900, max: 2100 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .filter((d) => d.day <= daysInMonth(d.year, d.month));

describe('calendarDayOf', () => {
  test('counts the store local day, not the UTC day', () => {
    const earlyMorningShanghai = Date.UTC(2026, 2, 31, 23, 30); // 2026-04-01 07:30 in UTC+8
    expect(calendarDayOf(earlyMorningShanghai, CHINA)).toEqual({ year: 2026, month: 4, day: 1 });
    expect(calendarDayOf(earlyMorningShanghai, 0)).toEqual({ year: 2026, month: 3, day: 31 });
  });

  test('turns the day at local midnight', () => {
    const midnight = Date.UTC(2026, 0, 1) - CHINA * 60_000;
    expect(calendarDayOf(midnight - 1, CHINA)).toEqual({ year: 2025, month: 12, day: 31 });
    expect(calendarDayOf(midnight, CHINA)).toEqual({ year: 2026, month: 1, day: 1 });
    expect(todayOf({ now: midnight, timeZoneOffsetMinutes: CHINA })).toEqual({
      year: 2026,
      month: 1,
      day: 1,
    });
  });

  test('agrees with the UTC calendar of Date for any instant', () => {
    fc.assert(
      fc.property(fc.integer({ min: -2_208_988_800_000, max: 4_102_444_800_000 }), (ms) => {
        const d = new Date(ms);
        expect(calendarDayOf(ms, 0)).toEqual({
          year: d.getUTCFullYear(),
          month: d.getUTCMonth() + 1,
          day: d.getUTCDate(),
        });
      }),
    );
  });
});

describe('daysUntil and addDays', () => {
  test('count across month ends and leap days', () => {
    expect(daysUntil({ year: 2024, month: 2, day: 28 }, { year: 2024, month: 3, day: 1 })).toBe(2);
    expect(daysUntil({ year: 2026, month: 2, day: 28 }, { year: 2026, month: 3, day: 1 })).toBe(1);
    expect(daysUntil({ year: 2026, month: 12, day: 31 }, { year: 2026, month: 1, day: 1 })).toBe(-364);
    expect(addDays({ year: 2026, month: 12, day: 25 }, 7)).toEqual({ year: 2027, month: 1, day: 1 });
  });

  test('are inverse: adding the days until a day reaches it', () => {
    fc.assert(
      fc.property(dayArb, dayArb, (a, b) => {
        expect(addDays(a, daysUntil(a, b))).toEqual(b);
      }),
    );
  });

  test('match the distance Date measures between UTC midnights', () => {
    fc.assert(
      fc.property(dayArb, dayArb, (a, b) => {
        const ms = (d: typeof a) => Date.UTC(d.year, d.month - 1, d.day);
        expect(daysUntil(a, b)).toBe((ms(b) - ms(a)) / 86_400_000);
      }),
    );
  });
});

describe('daysInMonth', () => {
  test('knows leap years by the Gregorian rule', () => {
    expect([2024, 2026, 2000, 1900].map((y) => daysInMonth(y, 2))).toEqual([29, 28, 29, 28]);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });
});
