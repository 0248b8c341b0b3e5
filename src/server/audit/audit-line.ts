import { v7 as uuidv7 } from 'uuid';
import type { AuditAction } from '../../shared/schemas/security.schema';
import type { AuditRecord } from '../repositories/audit.repository';

/** Who did it, from the credentials of the request: the store and tablet, and the staff member if known. */
export interface AuditActor {
  storeId: string;
  deviceId: string | null;
  staffId: string | null;
}

/** A line the server writes for what it did itself; ids and codes only in `detail`. */
export function auditLine(
  actor: AuditActor,
  action: AuditAction,
  at: number,
  more: { memberId?: string; detail?: Record<string, string | number | boolean> } = {},
): AuditRecord {
  return {
    id: uuidv7(),
    storeId: actor.storeId,
    at,
    staffId: actor.staffId,
    deviceId: actor.deviceId,
    action,
    memberId: more.memberId ?? null,
    ...(more.detail && { detail: more.detail }),
  };
}
