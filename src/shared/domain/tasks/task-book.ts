import type { MemberEvent } from '../../schemas/event.schema';
import type { MemberId, StaffId } from '../../schemas/ids.schema';
import { memberTasks, type MemberTasks } from './member-tasks';
import type { TaskStateFields } from '../task-state';
import type { Task, TaskMember } from './task';
import type { TaskContext } from './task-context';
import { listedTasks, listOrder, type ListedTask } from './task-list';

/**
 * Each member's tasks computed once and kept, so a new purchase recomputes only her (the rules
 * are per member). Made for one store day: a new day, or new rules, makes a new book.
 */
export interface TaskBook {
  readonly context: TaskContext;
  /** Compute (again) one member's tasks from her record and all her events. */
  put(member: TaskMember, events: readonly MemberEvent[]): void;
  remove(memberId: MemberId): void;
  /** Her list (todaysTasks); kept while asked with the same staff and the same states map. */
  today(staffId: StaffId | null, states: ReadonlyMap<string, Partial<TaskStateFields>>): Task[];
}

export function createTaskBook(context: TaskContext): TaskBook {
  const { today, config } = context;
  const byMember = new Map<MemberId, MemberTasks>();
  // The last list asked for, kept in order: after one member changes, her entries are taken out
  // and put back in place rather than every member's tasks judged and sorted again.
  let last: {
    staffId: StaffId | null;
    states: ReadonlyMap<string, Partial<TaskStateFields>>;
    list: ListedTask[];
  } | null = null;

  const relist = (memberId: MemberId, tasks: MemberTasks | undefined) => {
    if (!last) return;
    const kept = last.list.filter((l) => l.task.memberId !== memberId);
    for (const entry of tasks
      ? listedTasks(tasks, last.states, last.staffId, today, config.weeklyContactCap)
      : [])
      kept.splice(insertionPoint(kept, entry), 0, entry);
    last = { ...last, list: kept };
  };

  return {
    context,
    put(member, events) {
      const tasks = memberTasks(member, events, context);
      byMember.set(member.id, tasks);
      relist(member.id, tasks);
    },
    remove(memberId) {
      byMember.delete(memberId);
      relist(memberId, undefined);
    },
    today(staffId, states) {
      if (last?.staffId !== staffId || last.states !== states) {
        const list: ListedTask[] = [];
        for (const tasks of byMember.values())
          list.push(...listedTasks(tasks, states, staffId, today, config.weeklyContactCap));
        last = { staffId, states, list: list.sort(listOrder) };
      }
      return last.list.map((l) => l.task);
    },
  };
}

function insertionPoint(list: readonly ListedTask[], entry: ListedTask): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const other = list[mid];
    if (other && listOrder(other, entry) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}
