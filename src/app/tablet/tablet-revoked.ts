import { forgetTablet } from '../pwa/forget-tablet';
import { useRevocation } from '../state/revoked.state';
import { useSession } from '../state/session.state';
import { useStaffSession } from '../state/staff-session.state';

/**
 * The server revoked this tablet and the sync engine wiped its database: forget the rest (local
 * storage, caches, service worker), sign everyone out, and fall back to the notice that says why.
 * The reason is kept first, in memory and sessionStorage, so it outlives the wipe.
 */
export function tabletRevoked(): Promise<void> {
  const storeName = useSession.getState().enrolment?.store.name ?? '';
  useRevocation.getState().revoked({ at: Date.now(), storeName });
  useStaffSession.getState().locked();
  const forgotten = forgetTablet();
  useSession.getState().wiped();
  return forgotten;
}
