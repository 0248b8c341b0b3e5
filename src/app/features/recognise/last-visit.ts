import { calendarDayOf, daysUntil, todayOf, type StoreClock } from '../../../shared/domain/calendar-day';

/** How long ago she last came, in the words a result card uses (an i18n key under `recognise.visit`). */
export type VisitAge =
  { key: 'never' | 'today' | 'yesterday' } | { key: 'daysAgo' | 'monthsAgo' | 'yearsAgo'; count: number };

/** Counted in the store's calendar days: a visit last night was "yesterday", not "0 days ago". */
export function visitAge(lastVisitAt: number, clock: StoreClock): VisitAge {
  if (lastVisitAt <= 0) return { key: 'never' };
  // A visit stamped ahead by another tablet's clock counts as today.
  const days = Math.max(
    0,
    daysUntil(calendarDayOf(lastVisitAt, clock.timeZoneOffsetMinutes), todayOf(clock)),
  );
  if (days === 0) return { key: 'today' };
  if (days === 1) return { key: 'yesterday' };
  if (days < 60) return { key: 'daysAgo', count: days };
  if (days < 730) return { key: 'monthsAgo', count: Math.floor(days / 30) };
  return { key: 'yearsAgo', count: Math.floor(days / 365) };
}
