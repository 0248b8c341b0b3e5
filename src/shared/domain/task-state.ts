import type { StaffId } from '../schemas/ids.schema';

export type TaskStatus = 'open' | 'done' | 'skipped';

/**
 * Where one task of the floor's list stands, keyed by the task's id (letters, digits and
 * `:_./-`, up to 200): any signed-in staff member may mark it.
 */
export interface TaskStateFields {
  state: TaskStatus;
  /** Why it was skipped, in the staff member's words. */
  reason: string | null;
  /** Who marked it. */
  byStaffId: StaffId | null;
  /** Whose task it is, when it was handed to someone. */
  ownerStaffId: StaffId | null;
}
