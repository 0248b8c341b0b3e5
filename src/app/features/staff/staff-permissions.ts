import type { StaffRole } from '../../../shared/schemas/setup.schema';

interface Someone {
  id: string;
  role: StaffRole;
}

/** PUT /api/staff/:id/pin: her own, an associate's by a manager, anyone's by the owner. */
export function canResetPin(me: Someone, other: Someone): boolean {
  return me.id === other.id || me.role === 'owner' || (me.role === 'manager' && other.role === 'associate');
}

/** Adding staff, changing roles and removing someone are the owner's. */
export function canManageStaff(me: Someone): boolean {
  return me.role === 'owner';
}
