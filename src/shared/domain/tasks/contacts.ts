import { addDays, calendarDayOf, daysUntil, type CalendarDay } from '../calendar-day';
import type { ContactEvent, MemberEvent } from '../../schemas/event.schema';
import type { TaskContext } from './task-context';

/** One member's contacts that stand (not voided), with the store day each was made on. */
export interface ContactDay {
  readonly purpose: ContactEvent['payload']['purpose'];
  readonly on: CalendarDay;
}

/** From her events that stand (liveEvents). */
export function contactDays(live: readonly MemberEvent[], ctx: TaskContext): ContactDay[] {
  const contacts: ContactDay[] = [];
  for (const e of live)
    if (e.kind === 'contact')
      contacts.push({ purpose: e.payload.purpose, on: calendarDayOf(e.at, ctx.clock.timeZoneOffsetMinutes) });
  return contacts;
}

/** A contact for this purpose made on or after `from` already answered the occasion. */
export function answeredSince(
  contacts: readonly ContactDay[],
  purpose: ContactDay['purpose'],
  from: CalendarDay,
): boolean {
  return contacts.some((c) => c.purpose === purpose && daysUntil(from, c.on) >= 0);
}

/** Contacts in the last 7 store days, today included: what the weekly cap counts. */
export function contactsThisWeek(contacts: readonly ContactDay[], ctx: TaskContext): number {
  const weekStart = addDays(ctx.today, -6);
  return contacts.filter((c) => daysUntil(weekStart, c.on) >= 0 && daysUntil(c.on, ctx.today) >= 0).length;
}
