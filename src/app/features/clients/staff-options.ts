import type { StaffId } from '../../../shared/schemas/ids.schema';
import type { StaffRole } from '../../../shared/schemas/setup.schema';
import { useStaffRoster } from '../lock/queries';

export interface StaffOption {
  id: StaffId;
  name: string;
  role: StaffRole;
}

const ORDER: Record<StaffRole, number> = { associate: 0, manager: 1, owner: 2 };

/** The store's staff as last downloaded, associates first (they own most members), then by name. */
export function useStaffOptions(): StaffOption[] {
  const roster = useStaffRoster();
  return (roster?.staff ?? [])
    .map(({ id, name, role }) => ({ id, name, role }))
    .sort((a, b) => ORDER[a.role] - ORDER[b.role] || a.name.localeCompare(b.name, 'zh-CN'));
}
