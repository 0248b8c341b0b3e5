/**
 * A day on the solar calendar as the store sees it. Due dates, birthdays and idle days are
 * counted in the store's local days, not in UTC: a purchase at 07:00 in Shanghai is 23:00 the
 * day before in UTC, and staff would see a follow-up fall due a day early.
 *
 * Kept apart from birthday.ts so that modules counting days do not pull in the lunar calendar.
 */
export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The store's clock: the current time and the store's offset from UTC in minutes east (China: 480). */
export interface StoreClock {
  readonly now: number;
  readonly timeZoneOffsetMinutes: number;
}

const MS_PER_DAY = 86_400_000;

/**
 * The store's local day at `ms`. The offset is minutes EAST of UTC (China: +480), the opposite
 * sign of Date#getTimezoneOffset, and fixed: mainland China keeps no daylight saving.
 */
export function calendarDayOf(ms: number, timeZoneOffsetMinutes: number): CalendarDay {
  return dayFromEpochDay(Math.floor((ms + timeZoneOffsetMinutes * 60_000) / MS_PER_DAY));
}

export function todayOf(clock: StoreClock): CalendarDay {
  return calendarDayOf(clock.now, clock.timeZoneOffsetMinutes);
}

/** Whole days from `from` to `to`: 1 for tomorrow, 0 for the same day, negative for the past. */
export function daysUntil(from: CalendarDay, to: CalendarDay): number {
  return epochDayOf(to) - epochDayOf(from);
}

export function addDays(day: CalendarDay, days: number): CalendarDay {
  return dayFromEpochDay(epochDayOf(day) + days);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

// Days since 1970-01-01 in the proleptic Gregorian calendar, by whole 400-year eras
// (146,097 days each) so the arithmetic stays in integers and needs no Date.
function epochDayOf({ year, month, day }: CalendarDay): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function dayFromEpochDay(epochDay: number): CalendarDay {
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}
