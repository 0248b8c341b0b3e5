import type { MemberEvent } from '../../schemas/event.schema';
import type { MemberId, StaffId } from '../../schemas/ids.schema';
import { memberTasks, type MemberTasks } from './member-tasks';
import type { Task, TaskMember, TaskStateFields } from './task';
import type { TaskContext } from './task-context';
import { todaysTasks } from './task-list';

/**
 * Each member's tasks computed once and kept, so a new purchase recomputes only her (the rules
 * are per member). Made for one store day: a new day, or new rules, makes a new book.
 */
export interface TaskBook {
  readonly context: TaskContext;
  /** Compute (again) one member's tasks from her record and all her events. */
  put(member: TaskMember, events: readonly MemberEvent[]): void;
  remove(memberId: MemberId): void;
  today(staffId: StaffId | null, states: ReadonlyMap<string, TaskStateFields>): Task[];
}

export function createTaskBook(context: TaskContext): TaskBook {
  const byMember = new Map<MemberId, MemberTasks>();
  return {
    context,
    put: (member, events) => byMember.set(member.id, memberTasks(member, events, context)),
    remove: (memberId) => byMember.delete(memberId),
    today: (staffId, states) =>
      todaysTasks(byMember.values(), states, staffId, context.today, context.config.weeklyContactCap),
  };
}
