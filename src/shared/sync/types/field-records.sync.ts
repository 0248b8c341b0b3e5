import { TillDayFields, DayKey } from '../../schemas/till-day.schema';
import { DayTargetFields, StaffTargetFields, StaffTargetKey } from '../../schemas/targets.schema';
import { TaskKey, TaskStateFields } from '../../schemas/task-state.schema';
import { MessageTemplateFields, MessageTemplateKey } from '../../schemas/message-template.schema';
import { fieldRecordSync } from './field-record-sync';

// The field-record types (decision 0016), all first sent at protocol 4.

/** The till's whole-store figures of a day. */
export const tillDaySync = fieldRecordSync({ name: 'tillDay', key: DayKey, fields: TillDayFields, since: 4 });

/** The store's targets of a day. */
export const dayTargetSync = fieldRecordSync({
  name: 'dayTarget',
  key: DayKey,
  fields: DayTargetFields,
  since: 4,
});

/** An associate's quarterly new-card target. */
export const staffTargetSync = fieldRecordSync({
  name: 'staffTarget',
  key: StaffTargetKey,
  fields: StaffTargetFields,
  since: 4,
});

/** Where a task of the floor's list stands. */
export const taskStateSync = fieldRecordSync({
  name: 'taskState',
  key: TaskKey,
  fields: TaskStateFields,
  since: 4,
});

/** The store's wording of a task's message, per language. */
export const messageTemplateSync = fieldRecordSync({
  name: 'messageTemplate',
  key: MessageTemplateKey,
  fields: MessageTemplateFields,
  since: 4,
});
