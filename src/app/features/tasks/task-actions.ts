import type { ContactEvent } from '../../../shared/schemas/event.schema';
import type { StaffId } from '../../../shared/schemas/ids.schema';
import type { Task, TaskKind } from '../../../shared/domain/tasks/task';
import type { Commands } from '../../commands/commands';
import type { CommandResult } from '../../commands/command-runner';

type Purpose = ContactEvent['payload']['purpose'];

/** The contact purpose that answers each kind of task (contacts.ts reads it back). */
const PURPOSE: Record<TaskKind, Purpose> = {
  'follow-up': 'follow-up',
  birthday: 'birthday',
  holiday: 'holiday',
  season: 'season',
  dormant: 'dormant',
  'card-lapse': 'dormant',
};

export interface ContactReport {
  channel: ContactEvent['payload']['channel'];
  /** Asked every time from a task; optional on the event only for contacts logged before it. */
  outcome: NonNullable<ContactEvent['payload']['outcome']>;
  /** Her feedback, in the associate's words. */
  notes?: string;
  satisfaction?: number;
}

/**
 * Done: the contact goes on her profile (which alone answers the task on every tablet), then the
 * task's state records who did it.
 */
export async function completeTask(
  commands: Commands,
  task: Task,
  staffId: StaffId,
  report: ContactReport,
): Promise<CommandResult<unknown>> {
  const logged = await commands.logContact(task.memberId, {
    ...report,
    purpose: PURPOSE[task.why.kind],
    ...(task.why.kind === 'follow-up' && { followsUp: task.why.purchaseId }),
  });
  if (!logged.ok) return logged;
  return commands.saveFieldRecord('taskState', task.id, { state: 'done', reason: null, byStaffId: staffId });
}

export function skipTask(
  commands: Commands,
  task: Task,
  staffId: StaffId,
  reason: string,
): Promise<CommandResult<unknown>> {
  return commands.saveFieldRecord('taskState', task.id, { state: 'skipped', reason, byStaffId: staffId });
}
