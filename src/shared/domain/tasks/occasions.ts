import { Lunar } from 'lunar-typescript';
import { lunarToSolar } from '../birthday';
import { daysInMonth, daysUntil, type CalendarDay } from '../calendar-day';
import type { Holiday } from './task-config';
import type { Bilingual } from './task';

/*
 * The store-wide occasions near today: holidays and changes of season, placed on the solar
 * calendar once per day for every member's rules. Loads the lunar calendar: screens reach this
 * module lazily, never from the first screen.
 */

export interface Occasion {
  /** Goes into task ids: [a-z0-9-] only. */
  readonly id: string;
  readonly name: Bilingual;
  readonly on: CalendarDay;
}

/**
 * Seasons change on the four 立 solar terms (立春, 立夏, 立秋, 立冬), as Chinese customers count
 * them and as weather care messages are timed; the dates move by a day between years, so they
 * come from the astronomical table rather than fixed dates.
 */
const SEASON_TERMS: readonly { id: string; term: string; name: Bilingual }[] = [
  { id: 'spring', term: '立春', name: { zh: '立春', en: 'the start of spring' } },
  { id: 'summer', term: '立夏', name: { zh: '立夏', en: 'the start of summer' } },
  { id: 'autumn', term: '立秋', name: { zh: '立秋', en: 'the start of autumn' } },
  { id: 'winter', term: '立冬', name: { zh: '立冬', en: 'the start of winter' } },
];

/** A holiday's solar day in a year: for a lunar one, the lunar year of that number. */
export function holidayOn(holiday: Holiday, year: number): CalendarDay {
  if (holiday.calendar === 'solar')
    return { year, month: holiday.month, day: Math.min(holiday.day, daysInMonth(year, holiday.month)) };
  // Day 30 of a short (小月) lunar month does not exist: the greeting goes on its last day.
  const date = { year, month: holiday.month, leapMonth: false };
  const on = lunarToSolar({ ...date, day: holiday.day }) ?? lunarToSolar({ ...date, day: holiday.day - 1 });
  if (!on)
    throw new RangeError(`no lunar ${String(holiday.month)}/${String(holiday.day)} in ${String(year)}`);
  return on;
}

/** The four season changes of a solar year. */
export function seasonChangesIn(year: number): Occasion[] {
  const table = Lunar.fromYmd(year, 1, 1).getJieQiTable();
  return SEASON_TERMS.flatMap(({ id, term, name }) => {
    const solar = table[term];
    return solar
      ? [{ id, name, on: { year: solar.getYear(), month: solar.getMonth(), day: solar.getDay() } }]
      : [];
  });
}

/** Occasions on a day from `from` to `to` inclusive, in date order. */
export function occasionsBetween(
  holidays: readonly Holiday[],
  from: CalendarDay,
  to: CalendarDay,
): { holidays: Occasion[]; seasons: Occasion[] } {
  // A lunar holiday late in the lunar year (腊月) falls in January of the next solar year.
  const years = [];
  for (let y = from.year - 1; y <= to.year; y++) years.push(y);
  const inRange = (o: Occasion) => daysUntil(from, o.on) >= 0 && daysUntil(o.on, to) >= 0;
  const byDay = (a: Occasion, b: Occasion) => daysUntil(b.on, a.on) || (a.id < b.id ? -1 : 1);
  return {
    holidays: years
      .flatMap((y) => holidays.map((h) => ({ id: h.id, name: h.name, on: holidayOn(h, y) })))
      .filter(inRange)
      .sort(byDay),
    seasons: years.flatMap(seasonChangesIn).filter(inRange).sort(byDay),
  };
}
