import { calendarDayOf, type CalendarDay, type StoreClock } from './calendar-day';

const formats = new Map<string, Intl.DateTimeFormat>();

function formatIn(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formats.set(timeZone, format);
  }
  return format;
}

/**
 * Minutes east of UTC of an IANA time zone at an instant (Asia/Shanghai: 480). Read from the
 * time zone's own rules, so a zone with daylight saving gives the offset of that very instant; the
 * server and every tablet of a store then agree on "today" and "this month", whatever the
 * device's own zone.
 */
export function timeZoneOffsetMinutes(timeZone: string, at: number): number {
  const parts = formatIn(timeZone).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wallAsUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  return Math.round((wallAsUtc - (at - (((at % 60_000) + 60_000) % 60_000))) / 60_000);
}

/** The store's local day at an instant. */
export function localDayIn(timeZone: string, at: number): CalendarDay {
  return calendarDayOf(at, timeZoneOffsetMinutes(timeZone, at));
}

/** The store's clock at `now`, in its time zone. */
export function storeClockIn(timeZone: string, now: number): StoreClock {
  return { now, timeZoneOffsetMinutes: timeZoneOffsetMinutes(timeZone, now) };
}
