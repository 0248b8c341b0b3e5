import type { MemberId } from '../schemas/ids.schema';
import type { MessageTemplateFields } from './message-template';
import { memberIdOfTask } from './tasks/task-id';
import type { TaskStateFields } from './task-state';
import type { DayTargetFields, StaffTargetFields } from './targets';
import type { TillDayFields } from './till-day';

/**
 * The fields of each field-record type (decision 0016), by its synced type name. Kept free of
 * zod, so screens on the first screen's path may name them (decision 0003).
 */
export interface FieldRecordFields {
  tillDay: TillDayFields;
  dayTarget: DayTargetFields;
  staffTarget: StaffTargetFields;
  taskState: TaskStateFields;
  messageTemplate: MessageTemplateFields;
}
export type FieldRecordType = keyof FieldRecordFields;

/**
 * The member a record's key names, for the types whose keys name one (a task state: the task's id
 * holds her member id). Her erasure takes such records with her, on the server and on every tablet.
 */
export const MEMBER_OF_KEY: { readonly [N in FieldRecordType]?: (key: string) => MemberId | null } = {
  taskState: memberIdOfTask,
};
