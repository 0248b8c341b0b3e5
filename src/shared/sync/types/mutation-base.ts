import { z } from 'zod';
import { DeviceId, MutationId, StaffId } from '../../schemas/ids.schema';
import { HLC_PATTERN } from '../hlc';

/** What every change a tablet makes carries: its idempotency key, who made it where, and its clock. */
export const mutationBase = {
  id: MutationId,
  deviceId: DeviceId,
  staffId: StaffId,
  hlc: z.string().regex(HLC_PATTERN),
};
