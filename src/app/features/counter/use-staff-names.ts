import { useCallback } from 'react';
import type { StaffId } from '../../../shared/schemas/ids.schema';
import { useStaffRoster } from '../lock/queries';

/** A staff member's name from the roster the tablet keeps for the lock screen; null when unknown. */
export function useStaffNames(): (id: StaffId) => string | null {
  const roster = useStaffRoster();
  return useCallback((id) => roster?.staff.find((s) => s.id === id)?.name ?? null, [roster]);
}
