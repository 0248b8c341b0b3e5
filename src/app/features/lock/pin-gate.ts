import { bothGates, NO_FAILURES, pinGate, type PinGate } from '../../../shared/domain/pin-lockout';
import type { PinFailures } from '../../db/access-guards';

/** Whether her PIN may be tried on this tablet now: both her count and the device's must allow it. */
export function gateFor(failures: PinFailures, staffId: string, now: number): PinGate {
  return bothGates(
    pinGate(failures.staff[staffId] ?? NO_FAILURES, 'staff', now),
    pinGate(failures.device, 'device', now),
  );
}
