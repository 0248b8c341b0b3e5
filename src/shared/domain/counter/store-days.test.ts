import { describe, expect, test } from 'vitest';
import {
  dayKey,
  dayStartMs,
  periodToDate,
  previousPeriod,
  quarterRangeOf,
  sameDatesLastYear,
  staffQuarterKey,
  storeDayKeyer,
} from './store-days';

describe('store days', () => {
  test('a day begins at the store’s midnight, in its own zone', () => {
    expect(dayStartMs({ year: 2026, month: 11, day: 20 }, 'Asia/Shanghai')).toBe(Date.UTC(2026, 10, 19, 16));
    expect(dayStartMs({ year: 2026, month: 11, day: 20 }, 'America/New_York')).toBe(
      Date.UTC(2026, 10, 20, 5),
    );
    // The day New York springs forward begins at 05:00 UTC, the next at 04:00.
    expect(dayStartMs({ year: 2026, month: 3, day: 8 }, 'America/New_York')).toBe(Date.UTC(2026, 2, 8, 5));
    expect(dayStartMs({ year: 2026, month: 3, day: 9 }, 'America/New_York')).toBe(Date.UTC(2026, 2, 9, 4));
  });

  test('one instant is a different day in New York and in Shanghai', () => {
    const at = Date.UTC(2026, 10, 20, 14, 30); // 22:30 Shanghai, 09:30 New York
    expect(storeDayKeyer('Asia/Shanghai')(at)).toBe('2026-11-20');
    const late = Date.UTC(2026, 10, 20, 16, 30); // 00:30 next day in Shanghai, 11:30 in New York
    expect(storeDayKeyer('Asia/Shanghai')(late)).toBe('2026-11-21');
    expect(storeDayKeyer('America/New_York')(late)).toBe('2026-11-20');
  });

  test('a week runs from Monday, a month from the 1st, each to today', () => {
    const friday = { year: 2026, month: 11, day: 20 };
    expect(periodToDate('week', friday).from).toEqual({ year: 2026, month: 11, day: 16 });
    expect(periodToDate('month', friday).from).toEqual({ year: 2026, month: 11, day: 1 });
    const sunday = { year: 2026, month: 11, day: 22 };
    expect(periodToDate('week', sunday).from).toEqual({ year: 2026, month: 11, day: 16 });
  });

  test('31 March compares with the 1st to the 28th of February, and to the 29th in a leap year', () => {
    const march31 = periodToDate('month', { year: 2026, month: 3, day: 31 });
    expect(previousPeriod('month', march31)).toEqual({
      from: { year: 2026, month: 2, day: 1 },
      to: { year: 2026, month: 2, day: 28 },
    });
    const leap = periodToDate('month', { year: 2028, month: 3, day: 31 });
    expect(previousPeriod('month', leap).to).toEqual({ year: 2028, month: 2, day: 29 });
    // January looks back to December of the year before.
    const january = periodToDate('month', { year: 2027, month: 1, day: 15 });
    expect(previousPeriod('month', january).from).toEqual({ year: 2026, month: 12, day: 1 });
  });

  test('29 February compares with the 28th a year back', () => {
    const feb29 = { from: { year: 2028, month: 2, day: 1 }, to: { year: 2028, month: 2, day: 29 } };
    expect(sameDatesLastYear(feb29).to).toEqual({ year: 2027, month: 2, day: 28 });
  });

  test('keys of days and of quarters', () => {
    expect(dayKey({ year: 2026, month: 3, day: 8 })).toBe('2026-03-08');
    expect(staffQuarterKey('s1', { year: 2026, month: 11, day: 20 })).toBe('s1/2026-Q4');
    expect(quarterRangeOf({ year: 2026, month: 2, day: 10 })).toEqual({
      from: { year: 2026, month: 1, day: 1 },
      to: { year: 2026, month: 3, day: 31 },
    });
  });
});
