import { useCallback } from 'react';
import { v7 as uuidv7 } from 'uuid';
import type { MemberId } from '../../shared/schemas/ids.schema';
import { appendAudit } from '../db/audit-queue';
import { useStaffSession } from '../state/staff-session.state';
import { useTablet } from './tablet-context';

export type MemberAuditAction = 'profile.view' | 'phone.reveal';

/**
 * Note who looked at a member's profile or revealed her number; queued on the tablet, uploaded
 * with the next sync (decision 0008). Never in the way: a failed write only loses the entry.
 */
export function useMemberAudit(): (action: MemberAuditAction, memberId: MemberId) => void {
  const { db } = useTablet();
  return useCallback(
    (action, memberId) => {
      const staffId = useStaffSession.getState().current?.staff.id ?? null;
      appendAudit(db, { id: uuidv7(), at: Date.now(), staffId, action, memberId }).catch(() => undefined);
    },
    [db],
  );
}
