import type { z } from 'zod';
import {
  applyFieldEdit,
  emptyFieldRecord,
  fieldsChanged,
  type FieldRecord,
} from '../../shared/domain/field-record';
import type { FieldRecordFields, FieldRecordType } from '../../shared/domain/field-record-types';
import { SYNCED_TYPES } from '../../shared/sync/synced-types';
import type { Db } from '../db/handle';
import { auditLine, type AuditActor } from '../audit/audit-line';
import { inStoreTransaction, type SyncTx } from '../repositories/sync-tx';
import type { PokeBus } from './poke-bus';

type Fields<N extends FieldRecordType> = FieldRecordFields[N];

/**
 * Apply an edit to a field record of the transaction's store, last writer wins field by field
 * (decision 0016), taking the store's next change number when anything was taken. Answers the
 * fields taken: none when every field had a newer write already. Both a tablet's push and the
 * services outside sync write through here.
 */
export async function putFieldRecordEdit<N extends FieldRecordType>(
  tx: SyncTx,
  type: N,
  key: string,
  edit: Partial<Fields<N>>,
  hlc: string,
): Promise<(keyof Fields<N> & string)[]> {
  const schema = SYNCED_TYPES[type].change.shape.record as z.ZodType;
  const stored = (await tx.records.find(type, key, schema)) as FieldRecord<Fields<N>> | undefined;
  const before = stored ?? emptyFieldRecord<Fields<N>>(key);
  const next = applyFieldEdit<Partial<Fields<N>>, FieldRecord<Fields<N>>>(before, edit, hlc);
  if (next === before) return [];
  await tx.records.put(type, next);
  return fieldsChanged<Partial<Fields<N>>>(before, next);
}

/** A field-record write from a service outside sync: the POS API, a CSV import. */
export interface FieldRecordWrite<N extends FieldRecordType> {
  storeId: string;
  type: N;
  key: string;
  edit: Partial<Fields<N>>;
  /**
   * What wrote it, as the clock's node and the audit line's `source`: e.g. `pos`, `import`. The
   * server's clock for it is the store's next one (SyncTx.serverClock, node `server:<source>`),
   * above every edit the store has applied: a later tablet edit still wins over it.
   */
  source: string;
  /** Who it is written for, for the audit line; a device-less service passes nulls. */
  actor: Omit<AuditActor, 'storeId'>;
}

export type FieldRecordWriteResult =
  | { ok: true; fields: string[] }
  | { ok: false; code: 'invalid'; field: string }
  | { ok: false; code: 'unknown-store' };

/**
 * Write a field record from a service, in its own store-locked transaction (sync-tx.ts): the key
 * and edit are checked by the type's own schema, the change and its audit line commit together,
 * and the store's tablets are poked afterwards so they pull it at once.
 */
export async function writeFieldRecord<N extends FieldRecordType>(
  deps: { db: Db; pokes: PokeBus; now: number },
  write: FieldRecordWrite<N>,
): Promise<FieldRecordWriteResult> {
  const shape = SYNCED_TYPES[write.type].mutations[0].shape;
  const key = shape.entityId.safeParse(write.key);
  if (!key.success) return { ok: false, code: 'invalid', field: 'key' };
  const payload = shape.payload.safeParse({ fields: write.edit });
  if (!payload.success)
    return { ok: false, code: 'invalid', field: payload.error.issues[0]?.path.slice(1).join('.') ?? '' };
  const edit = payload.data.fields as Partial<Fields<N>>;
  const fields = await inStoreTransaction(deps.db, write.storeId, deps.now, async (tx) => {
    const hlc = tx.serverClock(`server:${write.source}`);
    const taken = await putFieldRecordEdit(tx, write.type, key.data, edit, hlc);
    if (taken.length > 0) {
      const actor = { storeId: tx.storeId, ...write.actor };
      await tx.audit.append(
        [fieldRecordAudit(actor, write.type, key.data, taken, deps.now, write.source)],
        deps.now,
      );
    }
    await tx.saveClock();
    return taken;
  });
  if (!fields) return { ok: false, code: 'unknown-store' };
  if (fields.length > 0) deps.pokes.publish(write.storeId);
  return { ok: true, fields };
}

/** The audit line of a field-record edit: its type, key and the fields it changed, never their values. */
export const fieldRecordAudit = (
  actor: AuditActor,
  type: FieldRecordType,
  key: string,
  fields: readonly string[],
  now: number,
  source?: string,
) =>
  auditLine(actor, `${type}.change`, now, {
    detail: { key, fields: fields.join(','), ...(source !== undefined && { source }) },
  });
