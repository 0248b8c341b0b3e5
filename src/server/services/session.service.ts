import type { StaffSession } from '../../shared/schemas/security.schema';
import { hashToken } from '../auth/secrets';
import { issueSession } from '../auth/staff-session';
import { pinSignIn } from '../auth/pin-sign-in';
import type { AuthedDevice } from '../auth/device-auth';
import type { ServiceDeps } from './service-deps';

/**
 * A staff session: the PIN checked by the server opens the routes of managers and owners on
 * this tablet for a shift. Floor work needs none: the tablet checks PINs offline for that.
 */
export function sessionService({ data, clock, keys }: ServiceDeps) {
  // One per server: its per-staff and per-tablet lock keeps parallel guesses in line.
  const signIn = pinSignIn(data, keys, clock);
  return {
    async signIn(device: AuthedDevice, staffId: string, pin: string): Promise<StaffSession> {
      const staff = await signIn(device, staffId, pin);
      const session = await issueSession(data, {
        storeId: device.storeId,
        staffId: staff.id,
        deviceId: device.deviceId,
        now: clock(),
      });
      return { token: session.token, expiresAt: session.expiresAt, staff } as StaffSession;
    },

    /** Ends this tablet's session whatever state it is in; an unknown one is already gone. */
    async signOut(device: AuthedDevice, token: string): Promise<void> {
      await data.sessions.end(hashToken(token), device.deviceId);
    },
  };
}
