import { applyFieldEdit } from '../../shared/domain/field-record';
import type { SyncedTypeName } from '../../shared/sync/synced-types';
import type { FloorbookDb, OutboxRow } from './floorbook-db';

interface Clocked {
  fields: object;
  clocks: Partial<Record<string, string>>;
}

/**
 * A field-by-field record with this tablet's waiting edits of it (`kind`, `key`) replayed on top,
 * oldest first: what the floor sees until the server has them. A taken edit replayed again is a
 * no-op (its clock is no longer newer), so the server's record may already hold some of them.
 */
export function withPending<R extends Clocked>(
  record: R,
  pending: readonly OutboxRow[],
  kind: string,
  key: string,
): R {
  let shown = record;
  for (const { mutation: m } of pending)
    if (m.kind === kind && m.entityId === key)
      shown = applyFieldEdit(shown, (m.payload as { fields: Partial<R['fields']> }).fields, m.hlc);
  return shown;
}

/** The waiting changes of one synced type, oldest first. */
export async function pendingOfType(db: FloorbookDb, type: SyncedTypeName): Promise<OutboxRow[]> {
  return (await db.outbox.orderBy('seq').toArray()).filter((row) => row.type === type);
}
