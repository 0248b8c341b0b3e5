import { daysUntil, type CalendarDay } from '../calendar-day';
import type { StaffId } from '../../schemas/ids.schema';
import type { MemberTasks } from './member-tasks';
import type { TaskStateFields } from '../task-state';
import type { RuleTask, Task } from './task';

/**
 * A member's tasks with their saved states. The owner is her associate; when she has none, the
 * one a manager picked for the task; for a follow-up with neither, whoever made the sale; else
 * nobody yet. A contact logged on her profile that answers a task marks it done.
 */
export function withStates(
  member: MemberTasks,
  states: ReadonlyMap<string, Partial<TaskStateFields>>,
  weeklyCap: number,
): Task[] {
  return member.tasks.map((t) => withState(member, t, states.get(t.id), weeklyCap));
}

function withState(
  member: MemberTasks,
  task: RuleTask,
  saved: Partial<TaskStateFields> | undefined,
  weeklyCap: number,
): Task {
  return {
    ...task,
    ownerStaffId: ownerOf(member, task, saved),
    state: stateOf(task, saved),
    reason: saved?.reason ?? null,
    contactsThisWeek: member.contactsThisWeek,
    capReached: member.contactsThisWeek >= weeklyCap,
  };
}

const ownerOf = (member: MemberTasks, task: RuleTask, saved: Partial<TaskStateFields> | undefined) =>
  member.ownerStaffId ?? saved?.ownerStaffId ?? (task.why.kind === 'follow-up' ? task.why.sellerId : null);

const stateOf = (task: RuleTask, saved: Partial<TaskStateFields> | undefined) =>
  task.answered ? 'done' : (saved?.state ?? 'open');

export function isOverdue(task: Task, today: CalendarDay): boolean {
  return daysUntil(task.dueOn, today) > 0;
}

/** A listed task with how many days late it is (negative: due later), the list's sort key. */
export interface ListedTask {
  readonly task: Task;
  readonly late: number;
}

/** Overdue first, the most overdue at the top, then by due day; ties in id order, the same on every tablet. */
export function listOrder(a: ListedTask, b: ListedTask): number {
  return b.late - a.late || (a.task.id < b.task.id ? -1 : a.task.id > b.task.id ? 1 : 0);
}

/** One member's tasks on an associate's list today (null: nobody's, for a manager to hand out). */
export function listedTasks(
  member: MemberTasks,
  states: ReadonlyMap<string, Partial<TaskStateFields>>,
  staffId: StaffId | null,
  today: CalendarDay,
  weeklyCap: number,
): ListedTask[] {
  const listed: ListedTask[] = [];
  for (const task of member.tasks) {
    const saved = states.get(task.id);
    if (stateOf(task, saved) !== 'open' || ownerOf(member, task, saved) !== staffId) continue;
    if (daysUntil(task.startsOn, today) < 0) continue;
    listed.push({ task: withState(member, task, saved, weeklyCap), late: daysUntil(task.dueOn, today) });
  }
  return listed;
}

/** An associate's list for today: her open tasks already shown, in list order. */
export function todaysTasks(
  members: Iterable<MemberTasks>,
  states: ReadonlyMap<string, Partial<TaskStateFields>>,
  staffId: StaffId | null,
  today: CalendarDay,
  weeklyCap: number,
): Task[] {
  const listed: ListedTask[] = [];
  for (const member of members) listed.push(...listedTasks(member, states, staffId, today, weeklyCap));
  return listed.sort(listOrder).map((l) => l.task);
}
