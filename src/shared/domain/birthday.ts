import { Lunar, LunarYear, Solar, type LunarMonth } from 'lunar-typescript';
import type { Birthday } from '../schemas/member.schema';
import type { Language } from '../schemas/api-error.schema';
import { daysInMonth, daysUntil, type CalendarDay } from './calendar-day';

/*
 * Birthdays kept in the solar or the lunar (农历) calendar, placed on this year's solar calendar.
 *
 * lunar-typescript is large: the app loads this module lazily, only on screens that show
 * birthdays. Other shared modules must not import it (day arithmetic lives in calendar-day.ts).
 *
 * Birthdays that do not exist in a given year are moved, never skipped, so nobody goes a year
 * without greetings:
 * - a day past the end of its month falls on the month's last day: solar Feb 29 on Feb 28 in
 *   common years, lunar day 30 on day 29 in a short (小月) lunar month;
 * - a birthday in a leap month (闰月) falls in the ordinary month of the same number in years
 *   without that leap month, which is most years. In a year that has it, it falls in the leap month.
 */

/** A day in the lunar calendar; `leapMonth` marks the second (闰) month of that number. */
export interface LunarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly leapMonth: boolean;
}

/** The solar day of a lunar date, or null when that date does not exist (no such leap month, day 30 of a short month). */
export function lunarToSolar(date: LunarDate): CalendarDay | null {
  const month = lunarYear(date.year).getMonth(date.leapMonth ? -date.month : date.month);
  if (!month || date.day < 1 || date.day > month.getDayCount()) return null;
  return firstDayPlus(month, date.day - 1);
}

export function solarToLunar(day: CalendarDay): LunarDate {
  const lunar = Lunar.fromSolar(Solar.fromYmd(day.year, day.month, day.day));
  const month = lunar.getMonth();
  return { year: lunar.getYear(), month: Math.abs(month), day: lunar.getDay(), leapMonth: month < 0 };
}

/** The first day on or after `today` on which the birthday falls, on the solar calendar. */
export function nextBirthday(b: Birthday, today: CalendarDay): CalendarDay {
  // A lunar birthday of lunar year Y falls in solar Y or early Y+1, so last lunar year's may
  // still be ahead (a 腊月 birthday in January), and next lunar year's always is.
  const candidates =
    b.calendar === 'solar'
      ? [solarOccurrence(b, today.year), solarOccurrence(b, today.year + 1)]
      : [today.year - 1, today.year, today.year + 1].map((y) => lunarOccurrence(b, y));
  const next = candidates.find((c) => daysUntil(today, c) >= 0);
  if (!next) throw new Error('unreachable: next year always holds a birthday');
  return next;
}

/** The birthday is today or within the next `windowDays` days (0: today only). */
export function isBirthdayNear(b: Birthday, today: CalendarDay, windowDays: number): boolean {
  return daysUntil(today, nextBirthday(b, today)) <= windowDays;
}

export interface BirthdayOnBoard<T> {
  readonly member: T;
  readonly date: CalendarDay;
}

/** The members whose birthday falls in a solar month, with its solar date, earliest first: the birthday board. */
export function birthdaysInMonth<T>(
  members: readonly T[],
  birthdayOf: (member: T) => Birthday | null,
  year: number,
  month: number,
): BirthdayOnBoard<T>[] {
  const board: BirthdayOnBoard<T>[] = [];
  for (const member of members) {
    const b = birthdayOf(member);
    if (!b) continue;
    const dates =
      b.calendar === 'solar'
        ? [solarOccurrence(b, year)]
        : [year - 1, year].map((y) => lunarOccurrence(b, y));
    for (const date of dates) if (date.year === year && date.month === month) board.push({ member, date });
  }
  return board.sort((a, b) => a.date.day - b.date.day);
}

const MONTHS = ['正', '二', '三', '四', '五', '六', '七', '八', '九', '十', '冬', '腊'];
const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A lunar month and day as staff say it: 农历八月十五, 农历闰六月初一; in English "lunar 8/15", "lunar leap 6/1". */
export function formatLunar(
  date: Pick<LunarDate, 'month' | 'day'> & { leapMonth?: boolean },
  language: Language,
): string {
  const leap = date.leapMonth === true;
  if (language === 'en') return `lunar ${leap ? 'leap ' : ''}${String(date.month)}/${String(date.day)}`;
  return `农历${leap ? '闰' : ''}${MONTHS[date.month - 1] ?? ''}月${lunarDayName(Math.min(date.day, 30))}`;
}

function lunarDayName(day: number): string {
  if (day <= 10) return `初${DIGITS[day] ?? ''}`;
  if (day === 20 || day === 30) return `${DIGITS[day / 10] ?? ''}十`;
  return `${['十', '廿'][Math.floor(day / 10) - 1] ?? ''}${DIGITS[day % 10] ?? ''}`;
}

function solarOccurrence(b: Birthday, year: number): CalendarDay {
  return { year, month: b.month, day: Math.min(b.day, daysInMonth(year, b.month)) };
}

function lunarOccurrence(b: Birthday, lunarYearNumber: number): CalendarDay {
  const year = lunarYear(lunarYearNumber);
  const inLeap = b.leapMonth === true && year.getLeapMonth() === b.month;
  const month = year.getMonth(inLeap ? -b.month : b.month);
  if (!month) throw new RangeError(`no lunar month ${String(b.month)} in ${String(lunarYearNumber)}`);
  return firstDayPlus(month, Math.min(b.day, month.getDayCount()) - 1);
}

// The library caches only the last lunar year it built, and building one takes about half a
// millisecond: a birthday board that alternates between two years would rebuild them for every
// member. Lunar years never change, so each is built once and kept.
const lunarYears = new Map<number, LunarYear>();

function lunarYear(year: number): LunarYear {
  let built = lunarYears.get(year);
  if (!built) {
    built = LunarYear.fromYear(year);
    lunarYears.set(year, built);
  }
  return built;
}

function firstDayPlus(month: LunarMonth, days: number): CalendarDay {
  const solar = Solar.fromJulianDay(month.getFirstJulianDay() + days);
  return { year: solar.getYear(), month: solar.getMonth(), day: solar.getDay() };
}
