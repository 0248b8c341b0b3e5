import { useMemo } from 'react';
import type { MemberId, StaffId } from '../../../shared/schemas/ids.schema';
import type { Task } from '../../../shared/domain/tasks/task';
import { createTaskBook, type TaskBook } from '../../../shared/domain/tasks/task-book';
import { taskConfigOf } from '../../../shared/domain/tasks/store-task-config';
import { taskContext } from '../../../shared/domain/tasks/task-context';
import { isoDay, memberIdOfTask } from '../../../shared/domain/tasks/task-id';
import { todayOf } from '../../../shared/domain/calendar-day';
import type { MemberRow } from '../../db/floorbook-db';
import { useFieldRecords } from '../records/use-field-records';
import { useStoreSettings } from '../store-settings/use-store-settings';
import { useStoreClock } from '../recognise/use-store-clock';
import { useTaskInputs, type TaskInputs } from './queries';
import type { TaskStateFields } from '../../../shared/domain/task-state';

export interface TodayTasks {
  readonly tasks: readonly Task[];
  readonly members: ReadonlyMap<MemberId, MemberRow>;
  readonly weeklyCap: number;
}

/**
 * An associate's tasks for today, kept in a task book: when a purchase or an edit changes one
 * member, only her tasks are computed again. Undefined while loading.
 */
export function useTodayTasks(staffId: StaffId): TodayTasks | undefined {
  const clock = useStoreClock();
  const { rules, holidays, taskTiming } = useStoreSettings();
  const states = useFieldRecords('taskState');
  const picked = useMemo(() => pickedMembers(states, staffId), [states, staffId]);
  const inputs = useTaskInputs(staffId, picked);
  const day = isoDay(todayOf(clock));
  const context = useMemo(
    () => taskContext(clock, rules, taskConfigOf({ holidays, taskTiming })),
    // A new day, new rules or a new holiday calendar make a new book; the clock's minutes do not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [day, rules, holidays, taskTiming, clock.timeZoneOffsetMinutes],
  );
  const kept = useMemo(
    () => ({ book: createTaskBook(context), seen: new Map<MemberId, string>() }),
    [context],
  );

  return useMemo(() => {
    if (!inputs || !states) return undefined;
    refresh(kept, inputs);
    return {
      tasks: kept.book.today(staffId, states),
      members: new Map(inputs.members.map((m) => [m.id, m])),
      weeklyCap: context.config.weeklyContactCap,
    };
  }, [inputs, states, kept, context, staffId]);
}

/** The members of tasks a manager handed to her: their tasks are hers though the members are not. */
function pickedMembers(
  states: ReadonlyMap<string, Partial<TaskStateFields>> | undefined,
  staffId: StaffId,
): MemberId[] {
  const ids: MemberId[] = [];
  for (const [key, state] of states ?? []) {
    const memberId = state.ownerStaffId === staffId ? memberIdOfTask(key) : null;
    if (memberId) ids.push(memberId);
  }
  return ids;
}

/** Put in the book only the members whose record or events changed since it last saw them. */
function refresh(kept: { book: TaskBook; seen: Map<MemberId, string> }, inputs: TaskInputs): void {
  const { book, seen } = kept;
  const present = new Set(inputs.members.map((m) => m.id));
  for (const id of seen.keys())
    if (!present.has(id)) {
      book.remove(id);
      seen.delete(id);
    }
  for (const m of inputs.members) {
    const events = inputs.events.get(m.id) ?? [];
    const signature = memberSignature(m, events.length);
    if (seen.get(m.id) === signature) continue;
    book.put(m, events);
    seen.set(m.id, signature);
  }
}

/** What the rules read of her: events are only ever added, so their count tells a new one. */
function memberSignature(m: MemberRow, eventCount: number): string {
  const { name, gender, birthday, ownerStaffId, consent } = m.fields;
  return JSON.stringify([name, gender, birthday, ownerStaffId, consent.marketing, m.createdAt, eventCount]);
}
