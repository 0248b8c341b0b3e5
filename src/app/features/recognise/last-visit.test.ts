import { describe, expect, test } from 'vitest';
import { visitAge } from './last-visit';

// Shanghai time, 8 hours east of UTC.
const shanghai = (year: number, month: number, day: number, hour = 12) =>
  Date.UTC(year, month - 1, day, hour - 8);
const clock = { now: shanghai(2026, 3, 20, 10), timeZoneOffsetMinutes: 480 };

describe('visitAge', () => {
  test.each([
    ['never', 0, { key: 'never' }],
    ['earlier today', shanghai(2026, 3, 20, 1), { key: 'today' }],
    ['late last night', shanghai(2026, 3, 19, 23), { key: 'yesterday' }],
    ['three days ago', shanghai(2026, 3, 17), { key: 'daysAgo', count: 3 }],
    ['74 days ago', shanghai(2026, 1, 5), { key: 'monthsAgo', count: 2 }],
    ['three years ago', shanghai(2023, 3, 1), { key: 'yearsAgo', count: 3 }],
    ['later today, by another tablet’s clock', shanghai(2026, 3, 20, 18), { key: 'today' }],
  ])('reads a visit %s', (_, visit, expected) => {
    expect(visitAge(visit, clock)).toEqual(expected);
  });
});
