import type { MessageTemplateFields } from './message-template';
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
