import { afterFailure, justLocked, NO_FAILURES, type PinGate } from '../../../shared/domain/pin-lockout';
import type { AuditEntry, StaffCard } from '../../../shared/schemas/security.schema';
import { NO_PIN_FAILURES, type PinFailures } from '../../db/access-guards';
import { appendAudit } from '../../db/audit-queue';
import type { FloorbookDb } from '../../db/floorbook-db';
import { readMeta, writeMeta } from '../../db/meta';
import { gateFor } from './pin-gate';
import { pinMatches } from './pin-verifier';

export interface PinCheck {
  db: FloorbookDb;
  card: StaffCard;
  pin: string;
  /** Tablet time, ms. */
  now: number;
  newId: () => string;
}

export type PinCheckOutcome =
  | { kind: 'right' }
  /** Counted: her failures so far, and whether she may try again at once. */
  | { kind: 'wrong'; failures: number; gate: PinGate }
  /** Not tried: a wait or a lock-out is running. */
  | { kind: 'closed'; gate: Extract<PinGate, { open: false }> }
  | { kind: 'no-pin' };

const failuresOf = async (db: FloorbookDb): Promise<PinFailures> =>
  (await readMeta(db, 'pinFailures')) ?? NO_PIN_FAILURES;

/**
 * Check a PIN on the tablet against her offline verifier, by the shared lock-out policy: nothing is
 * tried while a wait runs; a failure counts against her and the device, and is audited (with the
 * lock-out it causes); a right PIN clears her count and audits the sign-in.
 */
export async function checkPin({ db, card, pin, now, newId }: PinCheck): Promise<PinCheckOutcome> {
  if (!card.pin) return { kind: 'no-pin' };
  const gate = gateFor(await failuresOf(db), card.id, now);
  if (!gate.open) return { kind: 'closed', gate };
  // The slow hash runs outside the transaction: IndexedDB would commit it while WebCrypto works.
  const right = await pinMatches(pin, card.pin);
  const audit = (action: AuditEntry['action']): AuditEntry => ({
    id: newId(),
    at: now,
    staffId: card.id,
    action,
    memberId: null,
  });
  return db.transaction('rw', [db.meta, db.audit], async (): Promise<PinCheckOutcome> => {
    // Read again: another tab may have counted a failure meanwhile.
    const counts = await failuresOf(db);
    if (right) {
      const staff = Object.fromEntries(Object.entries(counts.staff).filter(([id]) => id !== card.id));
      await writeMeta(db, 'pinFailures', { device: counts.device, staff });
      await appendAudit(db, audit('sign-in'));
      return { kind: 'right' };
    }
    const staff = afterFailure(counts.staff[card.id] ?? NO_FAILURES, 'staff', now);
    const device = afterFailure(counts.device, 'device', now);
    const next: PinFailures = { device, staff: { ...counts.staff, [card.id]: staff } };
    await writeMeta(db, 'pinFailures', next);
    await appendAudit(db, audit('pin.fail'));
    if (justLocked(staff, 'staff') || justLocked(device, 'device'))
      await appendAudit(db, audit('pin.lockout'));
    return { kind: 'wrong', failures: staff.failures, gate: gateFor(next, card.id, now) };
  });
}
