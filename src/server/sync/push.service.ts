import { Mutation, type MutationResult } from '../../shared/sync/protocol.schema';
import { REJECTION_MESSAGES } from '../../shared/sync/rejections';
import type { Language } from '../../shared/schemas/api-error.schema';
import type { Db } from '../db/handle';
import { ApiError } from '../http/api-error';
import type { AuthedDevice } from '../auth/device-auth';
import { canMutate, needsServerSession } from '../../shared/domain/permissions';
import type { StaffRole } from '../../shared/schemas/setup.schema';
import { inStoreTransaction, type SyncTx } from '../repositories/sync-tx';
import { hlcNode } from '../../shared/sync/hlc';
import type { AuditRecord } from '../repositories/audit.repository';
import type { Outcome } from './server-type';
import { SERVER_TYPES } from './server-types';
import { foreignStaffRef } from './staff-refs';

export interface PushResult {
  results: MutationResult[];
  /** Whether anything changed, so connected tablets are poked. */
  changed: boolean;
  /** The store's change number after the batch: a pull reaching it holds every change applied here. */
  seq: number;
}

/**
 * Apply a batch from one tablet, each mutation once however often it arrives. The batch is one
 * transaction; each mutation is checked before it writes, so a refused one changes nothing and
 * never blocks the others. A crash half-way loses the whole batch, which the tablet sends again.
 */
export async function pushBatch(
  db: Db,
  /** The tablet, and whose valid server session came with the batch (null: none). */
  device: AuthedDevice & { sessionStaffId: string | null },
  raw: readonly unknown[],
  now: number,
  language: Language,
): Promise<PushResult> {
  const pushed = await inStoreTransaction(db, device.storeId, now, async (tx) => {
    const roles = new Map<string, StaffRole | null>();
    const results: MutationResult[] = [];
    const audit: AuditRecord[] = [];
    let changed = false;
    for (const item of raw) {
      const id = mutationId(item);
      const prior = id === null ? undefined : await findPrior(tx, id);
      if (prior) {
        results.push(
          prior.status === 'applied'
            ? { id: prior.id, status: 'duplicate' }
            : rejected(prior.id, prior.code, language),
        );
        continue;
      }
      const parsed = Mutation.safeParse(item);
      let outcome: Outcome;
      if (!parsed.success) {
        outcome = { ok: false, code: 'invalid', field: parsed.error.issues[0]?.path.join('.') ?? '' };
      } else if (
        parsed.data.deviceId !== device.deviceId ||
        !allowed(await staffRole(tx, parsed.data.staffId, roles), parsed.data)
      ) {
        outcome = { ok: false, code: 'forbidden' };
      } else if (needsServerSession(parsed.data) && parsed.data.staffId !== device.sessionStaffId) {
        outcome = { ok: false, code: 'forbidden', field: 'session' };
      } else if (hlcNode(parsed.data.hlc) !== device.deviceId) {
        // The clock's node breaks ties between writers: it must be the tablet that pushes (0010).
        outcome = { ok: false, code: 'forbidden', field: 'hlc' };
      } else {
        outcome = await applyOfType(tx, parsed.data);
      }
      if (id === null) {
        results.push(rejected('', 'invalid', language));
        continue;
      }
      await tx.mutations.record({
        id,
        storeId: tx.storeId,
        deviceId: device.deviceId,
        staffId: parsed.success ? parsed.data.staffId : '',
        kind: parsed.success ? parsed.data.kind : 'invalid',
        status: outcome.ok ? 'applied' : 'rejected',
        code: outcome.ok ? null : outcome.code,
        receivedAt: now,
      });
      if (outcome.ok) {
        changed = true;
        if (parsed.success) audit.push(...auditOfType(device, parsed.data, outcome.effect, now));
        results.push({ id, status: 'applied' });
      } else {
        results.push(rejected(id, outcome.code, language, outcome.field));
      }
    }
    // In the same transaction as the changes: an audited change and its line commit together.
    await tx.audit.append(audit, now);
    await tx.saveClock();
    return { results, changed, seq: await tx.seq() };
  });
  if (!pushed) throw new ApiError(401, 'unauthenticated');
  return pushed;
}

/**
 * Apply a checked, permitted change through its type. A change may only name staff of its own
 * store (who served, who owns, who took consent); a tablet clock far ahead would win every later
 * conflict, so the server holds it to its own time without ever giving two changes the same
 * clock (decision 0010).
 */
async function applyOfType(tx: SyncTx, m: Mutation): Promise<Outcome> {
  const foreign = await foreignStaffRef(tx, m);
  if (foreign !== null) return { ok: false, code: 'forbidden', field: foreign };
  const hlc = tx.admitClock(m.hlc);
  return (SERVER_TYPES[m.entity].apply as (tx: SyncTx, m: Mutation, hlc: string) => Promise<Outcome>)(
    tx,
    m,
    hlc,
  );
}

function auditOfType(
  device: { storeId: string; deviceId: string },
  m: Mutation,
  effect: unknown,
  now: number,
): AuditRecord[] {
  const audit = SERVER_TYPES[m.entity].audit as (
    device: { storeId: string; deviceId: string },
    m: Mutation,
    effect: unknown,
    now: number,
  ) => AuditRecord[];
  return audit(device, m, effect, now);
}

function mutationId(item: unknown): string | null {
  if (typeof item !== 'object' || item === null) return null;
  const id = (item as { id?: unknown }).id;
  return typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id) ? id : null;
}

/** A mutation seen before answers as it did then; an id another store used is not this store's to learn. */
async function findPrior(tx: SyncTx, id: string) {
  const row = await tx.mutations.find(id);
  if (!row) return undefined;
  if (row.storeId !== tx.storeId) return { id, status: 'rejected' as const, code: 'invalid' };
  return { id, status: row.status, code: row.code ?? 'invalid' };
}

/** The role of an active staff member of this store, or null: the server checks every change again. */
async function staffRole(
  tx: SyncTx,
  staffId: string,
  cache: Map<string, StaffRole | null>,
): Promise<StaffRole | null> {
  if (cache.has(staffId)) return cache.get(staffId) ?? null;
  const role = await tx.staff.activeRole(staffId);
  cache.set(staffId, role);
  return role;
}

const allowed = (role: StaffRole | null, change: Mutation) => role !== null && canMutate(role, change);

function rejected(id: string, code: string, language: Language, field?: string): MutationResult {
  const known = code in REJECTION_MESSAGES ? (code as keyof typeof REJECTION_MESSAGES) : 'invalid';
  const result: MutationResult = {
    id,
    status: 'rejected',
    code: known,
    message: REJECTION_MESSAGES[known][language],
  };
  return field ? { ...result, field } : result;
}
