import type { Kysely } from 'kysely';
import { Mutation, type MutationResult } from '../../shared/sync/protocol.schema';
import { REJECTION_MESSAGES } from '../../shared/sync/rejections';
import type { Language } from '../../shared/schemas/api-error.schema';
import type { Database } from '../db/schema';
import { ApiError } from '../http/api-error';
import type { AuthedDevice } from '../auth/device-auth';
import { applyMutation, type Outcome } from './apply-mutation';
import { canMutate, needsServerSession } from '../../shared/domain/permissions';
import type { StaffRole } from '../../shared/schemas/setup.schema';
import { lockStore, syncTx, type SyncTx } from './sync-tx';
import { auditOfMutation } from './mutation-audit';
import { hlcNode } from '../../shared/sync/hlc';
import { auditRepository, type AuditRecord } from '../repositories/audit.repository';

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
  db: Kysely<Database>,
  /** The tablet, and whose valid server session came with the batch (null: none). */
  device: AuthedDevice & { sessionStaffId: string | null },
  raw: readonly unknown[],
  now: number,
  language: Language,
): Promise<PushResult> {
  return db.transaction().execute(async (trx) => {
    const store = await lockStore(trx, device.storeId);
    if (!store) throw new ApiError(401, 'unauthenticated');
    const tx = syncTx(trx, store, now);
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
        outcome = await applyMutation(tx, parsed.data);
      }
      if (id === null) {
        results.push(rejected('', 'invalid', language));
        continue;
      }
      await tx.trx
        .insertInto('mutations')
        .values({
          id,
          store_id: tx.storeId,
          device_id: device.deviceId,
          staff_id: parsed.success ? parsed.data.staffId : '',
          kind: parsed.success ? parsed.data.kind : 'invalid',
          status: outcome.ok ? 'applied' : 'rejected',
          code: outcome.ok ? null : outcome.code,
          received_at: now,
        })
        .execute();
      if (outcome.ok) {
        changed = true;
        if (parsed.success) audit.push(...auditOfMutation(device, parsed.data, outcome.effect, now));
        results.push({ id, status: 'applied' });
      } else {
        results.push(rejected(id, outcome.code, language, outcome.field));
      }
    }
    // In the same transaction as the changes: an audited change and its line commit together.
    await auditRepository(trx).append(audit, now);
    await tx.saveClock();
    return { results, changed, seq: await storeSeq(tx) };
  });
}

async function storeSeq(tx: SyncTx): Promise<number> {
  const row = await tx.trx
    .selectFrom('stores')
    .select('seq')
    .where('id', '=', tx.storeId)
    .executeTakeFirstOrThrow();
  return row.seq;
}

function mutationId(item: unknown): string | null {
  if (typeof item !== 'object' || item === null) return null;
  const id = (item as { id?: unknown }).id;
  return typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id) ? id : null;
}

/** A mutation seen before answers as it did then; an id another store used is not this store's to learn. */
async function findPrior(tx: SyncTx, id: string) {
  const row = await tx.trx
    .selectFrom('mutations')
    .select(['id', 'store_id', 'status', 'code'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  if (row.store_id !== tx.storeId) return { id, status: 'rejected' as const, code: 'invalid' };
  return { id, status: row.status, code: row.code ?? 'invalid' };
}

/** The role of an active staff member of this store, or null: the server checks every change again. */
async function staffRole(
  tx: SyncTx,
  staffId: string,
  cache: Map<string, StaffRole | null>,
): Promise<StaffRole | null> {
  if (cache.has(staffId)) return cache.get(staffId) ?? null;
  const row = await tx.trx
    .selectFrom('staff')
    .select('role')
    .where('id', '=', staffId)
    .where('store_id', '=', tx.storeId)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
  const role = row?.role ?? null;
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
