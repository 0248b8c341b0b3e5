import { useStaffSession, type SignedInStaff } from './staff-session.state';

/** Who is holding the tablet now; null while it is locked. */
export function useCurrentStaff(): SignedInStaff | null {
  return useStaffSession((s) => s.current?.staff ?? null);
}
