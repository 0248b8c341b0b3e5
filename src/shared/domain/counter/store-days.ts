import { addDays, calendarDayOf, daysInMonth, daysUntil, type CalendarDay } from '../calendar-day';
import { timeZoneOffsetMinutes } from '../time-zone';

/*
 * The counter counts in the store's own days (its time zone from the store settings), never the
 * tablet's: a purchase at 23:30 in New York belongs to that evening there, though it is the next
 * morning in Shanghai.
 */

/** 'YYYY-MM-DD': the key of a day's till figures and targets. */
export function dayKey({ year, month, day }: CalendarDay): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The instant the store's day begins (local midnight), found from the zone's own rules. */
export function dayStartMs(day: CalendarDay, timeZone: string): number {
  const midnightUtc = Date.UTC(day.year, day.month - 1, day.day);
  let start = midnightUtc - timeZoneOffsetMinutes(timeZone, midnightUtc) * 60_000;
  // Once more at the guess itself, for a day whose offset differs from the UTC midnight's.
  start = midnightUtc - timeZoneOffsetMinutes(timeZone, start) * 60_000;
  return start;
}

/** Days from `from` to `to`, both included; empty when `to` is before `from`. */
export interface DayRange {
  readonly from: CalendarDay;
  readonly to: CalendarDay;
}

export function daysOf({ from, to }: DayRange): CalendarDay[] {
  const n = daysUntil(from, to);
  return Array.from({ length: Math.max(0, n + 1) }, (_, i) => addDays(from, i));
}

/**
 * The store day of an instant, as its key, for many instants: the zone's offset is looked up
 * once per hour of time (a lookup formats a date, far too slow for 250,000 events each).
 */
export function storeDayKeyer(timeZone: string): (at: number) => string {
  const offsets = new Map<number, number>();
  return (at) => {
    const hour = Math.floor(at / 3_600_000);
    let offset = offsets.get(hour);
    if (offset === undefined) {
      offset = timeZoneOffsetMinutes(timeZone, hour * 3_600_000);
      offsets.set(hour, offset);
    }
    return dayKey(calendarDayOf(at, offset));
  };
}

/** The instants [start, end) of a range of store days, for reading only what it needs. */
export function rangeMs(range: DayRange, timeZone: string): { start: number; end: number } {
  return { start: dayStartMs(range.from, timeZone), end: dayStartMs(addDays(range.to, 1), timeZone) };
}

/** Monday of the week: Chinese stores count weeks from Monday. */
export function weekStart(day: CalendarDay): CalendarDay {
  const weekday = new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

/** The same day in another month, moved back to that month's last day when it has fewer. */
function dayInMonth(year: number, month: number, day: number): CalendarDay {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return { year: y, month: m, day: Math.min(day, daysInMonth(y, m)) };
}

export type PeriodKind = 'week' | 'month';

/** This week or this month, from its first day to today. */
export function periodToDate(kind: PeriodKind, today: CalendarDay): DayRange {
  return { from: kind === 'week' ? weekStart(today) : { ...today, day: 1 }, to: today };
}

/**
 * The same stretch one period back: last week's Monday to the same weekday; last month's 1st to
 * the same date (31 March compares with 1–28 February, or 29 in a leap year).
 */
export function previousPeriod(kind: PeriodKind, current: DayRange): DayRange {
  if (kind === 'week') return { from: addDays(current.from, -7), to: addDays(current.to, -7) };
  return {
    from: dayInMonth(current.from.year, current.from.month - 1, 1),
    to: dayInMonth(current.to.year, current.to.month - 1, current.to.day),
  };
}

/** The same dates a year back (29 February compares with the 28th). */
export function sameDatesLastYear(current: DayRange): DayRange {
  return {
    from: dayInMonth(current.from.year - 1, current.from.month, current.from.day),
    to: dayInMonth(current.to.year - 1, current.to.month, current.to.day),
  };
}

/** The quarter of a day: 1 for January to March. */
export const quarterOf = (day: CalendarDay): number => Math.floor((day.month - 1) / 3) + 1;

/** A staff target's key: `<staffId>/<YYYY>-Q<n>`. */
export const staffQuarterKey = (staffId: string, day: CalendarDay): string =>
  `${staffId}/${day.year}-Q${quarterOf(day)}`;

/** The whole month or quarter a day falls in (the KPI screen's periods). */
export function monthOf(day: CalendarDay): DayRange {
  return { from: { ...day, day: 1 }, to: { ...day, day: daysInMonth(day.year, day.month) } };
}

export function quarterRangeOf(day: CalendarDay): DayRange {
  const first = (quarterOf(day) - 1) * 3 + 1;
  return {
    from: { year: day.year, month: first, day: 1 },
    to: { year: day.year, month: first + 2, day: daysInMonth(day.year, first + 2) },
  };
}
