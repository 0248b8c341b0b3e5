import { calendarDayOf, type CalendarDay } from '../../shared/domain/calendar-day';

// One way to write a day per language, on every screen: 2026年11月21日 / 21 November 2026.
// Days are formatted in UTC from their own year, month and day, so the tablet's time zone
// can never shift them.
const formats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(language: string): Intl.DateTimeFormat {
  const locale = language === 'en' ? 'en-GB' : 'zh-CN';
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    });
    formats.set(locale, format);
  }
  return format;
}

/** A calendar day as staff read it in `language`. */
export function formatDay(day: CalendarDay, language: string): string {
  return dayFormat(language).format(Date.UTC(day.year, day.month - 1, day.day));
}

/** The store's day of an instant (ms), as staff read it in `language`. */
export function formatDayOf(ms: number, timeZoneOffsetMinutes: number, language: string): string {
  return formatDay(calendarDayOf(ms, timeZoneOffsetMinutes), language);
}

/** The tablet's own day of an instant, for screens with no store clock at hand. */
export function formatLocalDay(ms: number, language: string): string {
  return formatDayOf(ms, -new Date(ms).getTimezoneOffset(), language);
}

/** The tablet's own day and time of an instant: the day as everywhere, then hours and minutes. */
export function formatLocalDayTime(ms: number, language: string): string {
  const time = new Date(ms).toLocaleTimeString(language === 'en' ? 'en-GB' : 'zh-CN', {
    hour: '2-digit',
    minute: '2-digit',
  });
  return `${formatLocalDay(ms, language)} ${time}`;
}
