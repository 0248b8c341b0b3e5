import { daysUntil, type CalendarDay } from '../calendar-day';
import type { StaffId } from '../../schemas/ids.schema';
import type { MemberTasks } from './member-tasks';
import type { Task, TaskStateFields } from './task';

/**
 * A member's tasks with their saved states. The owner is her associate; when she has none, the
 * one a manager picked for the task; for a follow-up with neither, whoever made the sale; else
 * nobody yet. A contact logged on her profile that answers a task marks it done.
 */
export function withStates(
  member: MemberTasks,
  states: ReadonlyMap<string, TaskStateFields>,
  weeklyCap: number,
): Task[] {
  return member.tasks.map((t) => {
    const saved = states.get(t.id);
    const seller = t.why.kind === 'follow-up' ? t.why.sellerId : null;
    return {
      ...t,
      ownerStaffId: member.ownerStaffId ?? saved?.ownerStaffId ?? seller,
      state: t.answered ? 'done' : (saved?.state ?? 'open'),
      reason: saved?.reason ?? null,
      contactsThisWeek: member.contactsThisWeek,
      capReached: member.contactsThisWeek >= weeklyCap,
    };
  });
}

export function isOverdue(task: Task, today: CalendarDay): boolean {
  return daysUntil(task.dueOn, today) > 0;
}

/**
 * An associate's list for today (null: the tasks nobody owns, for a manager to hand out): open
 * tasks already shown, overdue first, then by due day; ties in id order, so every tablet lists
 * them alike.
 */
export function todaysTasks(
  members: Iterable<MemberTasks>,
  states: ReadonlyMap<string, TaskStateFields>,
  staffId: StaffId | null,
  today: CalendarDay,
  weeklyCap: number,
): Task[] {
  const list: Task[] = [];
  for (const member of members)
    for (const task of withStates(member, states, weeklyCap))
      if (task.state === 'open' && task.ownerStaffId === staffId && daysUntil(task.startsOn, today) >= 0)
        list.push(task);
  return list.sort((a, b) => daysUntil(b.dueOn, a.dueOn) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
