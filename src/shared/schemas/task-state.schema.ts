import { z } from 'zod';
import type { TaskStateFields as Fields } from '../domain/task-state';
import { StaffId } from './ids.schema';
import { plainText } from './text.schema';

/** A task's id as the task list makes it. */
export const TaskKey = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9:_./-]+$/);

export const TaskStateFields = z.strictObject({
  state: z.enum(['open', 'done', 'skipped']),
  reason: plainText(200).nullable(),
  byStaffId: StaffId.nullable(),
  ownerStaffId: StaffId.nullable(),
}) satisfies z.ZodType<Fields>;
