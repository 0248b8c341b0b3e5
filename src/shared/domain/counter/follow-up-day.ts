import type { MemberEvent } from '../../schemas/event.schema';
import type { EventId, StaffId } from '../../schemas/ids.schema';
import { daysUntil, type CalendarDay } from '../calendar-day';
import { followUpsOf, type FollowUp } from '../follow-ups';
import { storeClockIn } from '../time-zone';
import { within, type Window } from './vip-figures';

export interface FollowUpCounts {
  /** Open, and today is the last day to make the contact. */
  dueToday: number;
  /** Open past their last day. */
  overdue: number;
  /**
   * Contacts made in the window that closed a follow-up. One call can close two purchases of a
   * day (follow-ups.ts); it is one follow-up done, as staff count them.
   */
  done: number;
  /** Done in the window, by who made the contact (not always who made the sale). */
  doneBy: Map<StaffId, number>;
}

/** The follow-ups of the store's purchases (follow-ups.ts), seen from one day. */
export function followUpsFor(
  events: readonly MemberEvent[],
  today: CalendarDay,
  window: Window,
  timeZone: string,
  followUpDays: number,
): { counts: FollowUpCounts; list: FollowUp[] } {
  const list = followUpsOf(events, storeClockIn(timeZone, window.end - 1), followUpDays);
  const staffOf = contactStaff(events);
  const counts: FollowUpCounts = { dueToday: 0, overdue: 0, done: 0, doneBy: new Map() };
  for (const f of list) {
    if (f.status === 'overdue') counts.overdue += 1;
    else if (f.status === 'due' && daysUntil(f.dueBy, today) === 0) counts.dueToday += 1;
  }
  for (const id of contactsDoneIn(list, window)) {
    counts.done += 1;
    const by = staffOf.get(id);
    if (by) counts.doneBy.set(by, (counts.doneBy.get(by) ?? 0) + 1);
  }
  return { counts, list };
}

/**
 * The contacts made in the window that closed a follow-up, each once. Which contact closes which
 * purchase does not depend on the day the list was made for (only the status does), so one list
 * serves any window.
 */
export function contactsDoneIn(list: readonly FollowUp[], window: Window): Set<EventId> {
  const done = new Set<EventId>();
  for (const f of list) if (f.contact && within(f.contact.at, window)) done.add(f.contact.id);
  return done;
}

function contactStaff(events: readonly MemberEvent[]): Map<EventId, StaffId> {
  const by = new Map<EventId, StaffId>();
  for (const e of events) if (e.kind === 'contact') by.set(e.id, e.staffId);
  return by;
}
