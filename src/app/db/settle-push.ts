import type { MutationId } from '../../shared/schemas/ids.schema';
import type { SyncedTypeName } from '../../shared/sync/synced-types';
import type { DeadLetterCode, FloorbookDb, OutboxRow } from './floorbook-db';
import { TABLET_TYPES, TABLET_TYPE_ORDER } from './tablet-types';

/** What became of one pushed change: taken by the server, or refused for good. */
export type Settlement =
  | { id: MutationId; ok: true }
  | { id: MutationId; ok: false; code: DeadLetterCode; message: string; field?: string };

/**
 * Take settled changes out of the outbox, inside ONE read-write transaction over every table.
 * A refused one moves to the dead letters; then each type folds its taken changes into the
 * server's copy and undoes the local effect of its refused ones, so the floor never shows what
 * the server refused.
 */
export async function settlePush(
  db: FloorbookDb,
  settlements: readonly Settlement[],
  at: number,
): Promise<void> {
  const rows = await db.outbox
    .where('id')
    .anyOf(settlements.map((s) => s.id))
    .toArray();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const taken = byType();
  const refused = byType();

  for (const s of [...settlements].sort((a, b) => seqOf(byId.get(a.id)) - seqOf(byId.get(b.id)))) {
    const row = byId.get(s.id);
    if (!row || row.seq === undefined) continue;
    await db.outbox.delete(row.seq);
    if (s.ok) {
      taken[row.type].push(row);
      continue;
    }
    await db.deadLetters.put({
      id: row.id,
      type: row.type,
      ...(row.memberId !== undefined && { memberId: row.memberId }),
      mutation: row.mutation,
      code: s.code,
      message: s.message,
      ...(s.field !== undefined && { field: s.field }),
      at,
    });
    refused[row.type].push(row);
  }
  for (const type of TABLET_TYPE_ORDER) await TABLET_TYPES[type].settle(db, taken[type], refused[type]);
}

const byType = () =>
  Object.fromEntries(TABLET_TYPE_ORDER.map((t) => [t, [] as OutboxRow[]])) as Record<
    SyncedTypeName,
    OutboxRow[]
  >;

const seqOf = (row: OutboxRow | undefined) => row?.seq ?? Number.MAX_SAFE_INTEGER;
