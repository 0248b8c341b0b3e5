import { v7 as uuidv7 } from 'uuid';
import type { DeviceEnrolment, StaffCard } from '../../../shared/schemas/security.schema';
import { openSession } from '../../api/session.api';
import type { FloorbookDb } from '../../db/floorbook-db';
import { useStaffSession } from '../../state/staff-session.state';
import { checkPin, type PinCheckOutcome } from './pin-check';

export interface PinSignIn {
  db: FloorbookDb;
  enrolment: DeviceEnrolment;
  card: StaffCard;
  pin: string;
  language: string;
  /** navigator.onLine: whether to ask the server for a session too. */
  online: boolean;
}

/**
 * Loaded when a PIN is entered, not with the lock screen: it carries WebCrypto work and the API
 * client. A right PIN signs her in at once, offline; when online the server is asked for a
 * session as well (manager and owner screens need it), in the background. The server saying the
 * PIN is wrong after the tablet took it means the tablet's verifier is stale (her PIN was reset
 * elsewhere): she stays signed in on the floor, without a server session until the list syncs.
 */
export async function signInWithPin(req: PinSignIn): Promise<PinCheckOutcome> {
  const now = Date.now();
  const out = await checkPin({ db: req.db, card: req.card, pin: req.pin, now, newId: uuidv7 });
  if (out.kind !== 'right') return out;
  const { id, name, role } = req.card;
  const session = useStaffSession.getState();
  session.signedIn({ id, name, role }, null, now);
  if (req.online) void openServerSession(req, now);
  return out;
}

async function openServerSession(req: PinSignIn, signedInAt: number): Promise<void> {
  const r = await openSession(
    req.enrolment.device.token,
    { staffId: req.card.id, pin: req.pin },
    req.language,
  ).catch(() => null);
  const state = useStaffSession.getState();
  // Only for this very sign-in: she may have locked the tablet, or someone else signed in meanwhile.
  const current = state.current;
  if (!r || !current || current.staff.id !== req.card.id || current.signedInAt !== signedInAt) return;
  if (r.ok) state.serverSessionOpened({ token: r.value.token, expiresAt: r.value.expiresAt });
  else if (r.error.code === 'wrong-pin') state.serverSessionEnded();
}
