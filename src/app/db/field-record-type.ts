import { emptyFieldRecord, type FieldRecord } from '../../shared/domain/field-record';
import { MEMBER_OF_KEY, type FieldRecordType } from '../../shared/domain/field-record-types';
import type { MemberId } from '../../shared/schemas/ids.schema';
import type { FloorbookDb, OutboxRow, RecordRow } from './floorbook-db';
import { pendingOfType, withPending } from './field-replay';
import type { TabletSyncedType } from './tablet-type';

/**
 * How the tablet keeps a field-record type (decision 0016), in the one `records` table: each
 * row holds the server's record and the fields with this tablet's waiting edits replayed on top,
 * so an edit shows at once and survives a pull that does not have it yet.
 */
export function fieldRecordTablet<N extends FieldRecordType>(type: N): TabletSyncedType<N> {
  const kind = `${type}.update`;
  const rowOf = (server: FieldRecord<object> | null, key: string, pending: readonly OutboxRow[]) =>
    recordRow(type, key, server, pending);
  return {
    tables: (db) => [db.records],

    async apply(db, changes, work) {
      const pending = work.outbox.filter((row) => row.type === type);
      for (const { record } of changes as readonly { record: FieldRecord<object> }[])
        await db.records.put(rowOf(record, record.key, pending));
    },

    async settle(db, taken, refused) {
      const keys = new Set([...taken, ...refused].map((row) => row.mutation.entityId));
      if (keys.size === 0) return;
      const pending = await pendingOfType(db, type);
      for (const key of keys) {
        const row = await db.records.get([type, key]);
        // A taken edit is the server's now; a refused one is simply no longer replayed.
        const server = taken.some((t) => t.mutation.entityId === key)
          ? withPending(row?.server ?? emptyFieldRecord(key), taken, kind, key)
          : (row?.server ?? null);
        const waiting = pending.some((p) => p.mutation.entityId === key);
        if (server === null && !waiting) await db.records.delete([type, key]);
        else await db.records.put(rowOf(server, key, pending));
      }
    },

    async rebuild(db, pending) {
      for (const key of new Set(pending.map((row) => row.mutation.entityId)))
        await db.records.put(rowOf(null, key, pending));
    },
  };
}

/** A record's row: the server's record (null: not there yet) with the waiting edits of it on top. */
export function recordRow(
  type: FieldRecordType,
  key: string,
  server: FieldRecord<object> | null,
  pending: readonly OutboxRow[],
): RecordRow {
  const shown = withPending(server ?? emptyFieldRecord(key), pending, `${type}.update`, key);
  return { type, key, server, fields: shown.fields as Record<string, unknown> };
}

/** Drop the records whose keys name her (her task states): her erasure leaves nothing of her here. */
export async function forgetRecordsOf(db: FloorbookDb, memberId: MemberId): Promise<void> {
  for (const [type, memberOf] of Object.entries(MEMBER_OF_KEY))
    await db.records
      .where('type')
      .equals(type)
      .filter((row) => memberOf(row.key) === memberId)
      .delete();
}
