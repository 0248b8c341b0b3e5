import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { Birthday } from '../schemas/member.schema';
import { daysInMonth, daysUntil, type CalendarDay } from './calendar-day';
import {
  birthdaysInMonth,
  formatLunar,
  isBirthdayNear,
  lunarToSolar,
  nextBirthday,
  solarToLunar,
} from './birthday';

const day = (year: number, month: number, d: number): CalendarDay => ({ year, month, day: d });
const lunar = (month: number, d: number, leapMonth?: boolean): Birthday => ({
  calendar: 'lunar',
  month,
  day: d,
  ...(leapMonth !== undefined && { leapMonth }),
});
const solar = (month: number, d: number): Birthday => ({ calendar: 'solar', month, day: d });

const todayArb = fc
  .record({
    year: fc.integer({ min: 1950, max: 2090 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .filter((d) => d.day <= daysInMonth(d.year, d.month));
const birthdayArb: fc.Arbitrary<Birthday> = fc.oneof(
  fc.record({
    calendar: fc.constant('solar' as const),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  }),
  fc.record({
    calendar: fc.constant('lunar' as const),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 30 }),
    leapMonth: fc.boolean(),
  }),
);

describe('nextBirthday', () => {
  test('places 农历八月十五 on the Mid-Autumn days of 2025, 2026 and 2027', () => {
    expect(nextBirthday(lunar(8, 15), day(2025, 1, 1))).toEqual(day(2025, 10, 6));
    expect(nextBirthday(lunar(8, 15), day(2026, 1, 1))).toEqual(day(2026, 9, 25));
    expect(nextBirthday(lunar(8, 15), day(2026, 9, 26))).toEqual(day(2027, 9, 15));
  });

  test('is today when the birthday is today', () => {
    expect(nextBirthday(lunar(8, 15), day(2026, 9, 25))).toEqual(day(2026, 9, 25));
    expect(nextBirthday(solar(3, 8), day(2026, 3, 8))).toEqual(day(2026, 3, 8));
  });

  test('finds a 腊月 birthday of the old lunar year before Chinese New Year', () => {
    // 腊月二十 of lunar 2025 is 2026-02-07, ten days before the 2026 New Year (Feb 17).
    expect(nextBirthday(lunar(12, 20), day(2026, 1, 1))).toEqual(day(2026, 2, 7));
    expect(nextBirthday(lunar(12, 20), day(2026, 2, 8))).toEqual(day(2027, 1, 27));
    expect(nextBirthday(lunar(1, 1), day(2026, 2, 18))).toEqual(day(2027, 2, 6));
  });

  test('moves lunar day 30 to day 29 in a short month', () => {
    // 腊月 of lunar 2024 and 2025 has 29 days: New Year's Eve is the 29th.
    expect(nextBirthday(lunar(12, 30), day(2025, 1, 1))).toEqual(day(2025, 1, 28));
    expect(nextBirthday(lunar(12, 30), day(2026, 1, 1))).toEqual(day(2026, 2, 16));
  });

  test('keeps a leap-month birthday in the leap month when the year has one, else the ordinary month', () => {
    // Lunar 2025 has a 闰六月; lunar 2026 has no leap month.
    expect(nextBirthday(lunar(6, 15, true), day(2025, 7, 10))).toEqual(day(2025, 8, 8));
    expect(nextBirthday(lunar(6, 15), day(2025, 7, 1))).toEqual(day(2025, 7, 9));
    expect(nextBirthday(lunar(6, 15, true), day(2025, 8, 9))).toEqual(day(2026, 7, 28));
  });

  test('moves solar Feb 29 to Feb 28 in common years', () => {
    expect(nextBirthday(solar(2, 29), day(2026, 1, 1))).toEqual(day(2026, 2, 28));
    expect(nextBirthday(solar(2, 29), day(2027, 3, 1))).toEqual(day(2028, 2, 29));
    expect(nextBirthday(solar(12, 31), day(2026, 12, 31))).toEqual(day(2026, 12, 31));
    expect(nextBirthday(solar(1, 1), day(2026, 12, 31))).toEqual(day(2027, 1, 1));
  });

  test('is never in the past and at most one lunar year (with a leap month) ahead', () => {
    fc.assert(
      fc.property(birthdayArb, todayArb, (b, today) => {
        const wait = daysUntil(today, nextBirthday(b, today));
        expect(wait).toBeGreaterThanOrEqual(0);
        expect(wait).toBeLessThan(b.calendar === 'solar' ? 366 : 385);
      }),
    );
  });

  test('falls on the lunar month and day of a lunar birthday, or the last day of a short month', () => {
    fc.assert(
      fc.property(birthdayArb, todayArb, (b, today) => {
        fc.pre(b.calendar === 'lunar');
        const back = solarToLunar(nextBirthday(b, today));
        expect(back.month).toBe(b.month);
        if (back.leapMonth) expect(b.leapMonth).toBe(true);
        if (back.day !== b.day) expect([back.day, b.day]).toEqual([29, 30]);
      }),
    );
  });
});

describe('isBirthdayNear', () => {
  test('counts today and the days of the window, not beyond', () => {
    const midAutumn = lunar(8, 15);
    expect(isBirthdayNear(midAutumn, day(2026, 9, 25), 0)).toBe(true);
    expect(isBirthdayNear(midAutumn, day(2026, 9, 18), 7)).toBe(true);
    expect(isBirthdayNear(midAutumn, day(2026, 9, 17), 7)).toBe(false);
    expect(isBirthdayNear(midAutumn, day(2026, 9, 26), 7)).toBe(false);
  });
});

describe('birthdaysInMonth', () => {
  const members = [
    { name: '王芳', birthday: lunar(8, 15) },
    { name: '李娜', birthday: solar(2, 29) },
    { name: '张伟', birthday: null },
    { name: '刘洋', birthday: lunar(12, 20) },
    { name: '陈静', birthday: solar(2, 14) },
  ];
  const board = (year: number, month: number) =>
    birthdaysInMonth(members, (m) => m.birthday, year, month).map((e) => [e.member.name, e.date]);

  test("lists the month's birthdays with their solar dates, earliest first", () => {
    expect(board(2026, 2)).toEqual([
      ['刘洋', day(2026, 2, 7)],
      ['陈静', day(2026, 2, 14)],
      ['李娜', day(2026, 2, 28)],
    ]);
    expect(board(2026, 9)).toEqual([['王芳', day(2026, 9, 25)]]);
    expect(board(2027, 1)).toEqual([['刘洋', day(2027, 1, 27)]]);
    expect(board(2026, 3)).toEqual([]);
  });

  test('shows every next birthday on the board of its month', () => {
    fc.assert(
      fc.property(birthdayArb, todayArb, (b, today) => {
        const next = nextBirthday(b, today);
        const onBoard = birthdaysInMonth([b], (x) => x, next.year, next.month).map((e) => e.date);
        expect(onBoard).toContainEqual(next);
      }),
    );
  });
});

describe('lunarToSolar and solarToLunar', () => {
  test('convert known days', () => {
    expect(lunarToSolar({ year: 2026, month: 8, day: 15, leapMonth: false })).toEqual(day(2026, 9, 25));
    expect(lunarToSolar({ year: 2025, month: 6, day: 1, leapMonth: true })).toEqual(day(2025, 7, 25));
    expect(solarToLunar(day(2026, 2, 16))).toEqual({ year: 2025, month: 12, day: 29, leapMonth: false });
    expect(solarToLunar(day(2026, 2, 17))).toEqual({ year: 2026, month: 1, day: 1, leapMonth: false });
  });

  test('give null for lunar days that do not exist', () => {
    expect(lunarToSolar({ year: 2026, month: 6, day: 1, leapMonth: true })).toBeNull();
    expect(lunarToSolar({ year: 2025, month: 12, day: 30, leapMonth: false })).toBeNull();
    expect(lunarToSolar({ year: 2026, month: 1, day: 0, leapMonth: false })).toBeNull();
  });

  test('round-trip every solar day', () => {
    fc.assert(
      fc.property(todayArb, (d) => {
        expect(lunarToSolar(solarToLunar(d))).toEqual(d);
      }),
    );
  });
});

describe('formatLunar', () => {
  test.each([
    [8, 15, false, '农历八月十五', 'lunar 8/15'],
    [1, 1, false, '农历正月初一', 'lunar 1/1'],
    [1, 10, false, '农历正月初十', 'lunar 1/10'],
    [6, 1, true, '农历闰六月初一', 'lunar leap 6/1'],
    [11, 21, false, '农历冬月廿一', 'lunar 11/21'],
    [12, 30, false, '农历腊月三十', 'lunar 12/30'],
    [10, 20, false, '农历十月二十', 'lunar 10/20'],
    [3, 19, false, '农历三月十九', 'lunar 3/19'],
  ])('writes month %i day %i (leap %s) as %s and %s', (month, d, leapMonth, zh, en) => {
    expect(formatLunar({ month, day: d, leapMonth }, 'zh-CN')).toBe(zh);
    expect(formatLunar({ month, day: d, leapMonth }, 'en')).toBe(en);
  });
});
