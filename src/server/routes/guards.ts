import type { StaffRole } from '../../shared/schemas/setup.schema';
import type { AuthedDevice } from '../auth/device-auth';
import type { AuthedStaff } from '../auth/staff-session';
import { guard, type Guard } from '../http/guard';
import type { RouteDeps } from './route-deps';

export interface StaffCaller {
  device: AuthedDevice;
  staff: AuthedStaff;
}

/** Any enrolled tablet of a store. */
export const deviceGuard = (auth: RouteDeps['auth']): Guard<AuthedDevice> => guard((req) => auth.device(req));

/** A staff member of at least `role` signed in on an enrolled tablet. */
export const staffGuard = (auth: RouteDeps['auth'], role: StaffRole): Guard<StaffCaller> =>
  guard(async (req) => {
    const device = await auth.device(req);
    return { device, staff: await auth.staff(req, device, role) };
  });
