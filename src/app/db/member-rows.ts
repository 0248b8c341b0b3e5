import type { MemberRecord } from '../../shared/schemas/member.schema';
import type { MemberEvent } from '../../shared/schemas/event.schema';
import { phoneTail } from '../../shared/domain/phone';
import { applyFieldEdit, newMemberRecord } from '../../shared/sync/member-merge';
import type { MemberBase, MemberRow, OutboxRow } from './floorbook-db';

/** The stored row for a record: the record, its search keys and the index fields derived from it. */
export function memberRow(
  { record, keys }: MemberBase,
  lastVisitAt: number,
  base?: MemberBase | null,
): MemberRow {
  const f = record.fields;
  const row: MemberRow = {
    ...record,
    pinyin: keys.pinyin,
    initials: keys.initials,
    phone: f.phone,
    phoneTail: phoneTail(f.phone),
    cardNo: f.cardNo,
    name: f.name,
    lastVisitAt,
  };
  if (base !== undefined) row.base = base;
  return row;
}

export function recordOfRow(row: MemberRow): MemberRecord {
  return {
    id: row.id,
    fields: row.fields,
    clocks: row.clocks,
    createdHlc: row.createdHlc,
    createdAt: row.createdAt,
  };
}

/** The row as it stands, as a base for pending changes made on top of it. */
export function baseOfRow(row: MemberRow): MemberBase {
  return { record: recordOfRow(row), keys: { pinyin: row.pinyin, initials: row.initials } };
}

/**
 * A member as this tablet should show it: the server's record (null when the server has not
 * heard of it) with the tablet's pending changes replayed on top, in the order they were made.
 * Null when nothing is left to show: never created, or deleted by a pending change.
 *
 * Replaying is what keeps an unsynced edit when a newer server copy arrives, and what lets a
 * pulled record with a server-clamped clock replace the local one without the two drifting apart.
 */
export function replayPending(base: MemberBase | null, pending: readonly OutboxRow[]): MemberBase | null {
  let record = base?.record ?? null;
  let keys = base?.keys ?? null;
  for (const row of pending) {
    const m = row.mutation;
    if (m.kind === 'member.create') {
      // Already on the server (its reply was lost, or the pull came first): the base has it.
      if (record !== null) continue;
      record = newMemberRecord(m.entityId, m.payload.fields, m.hlc, m.payload.createdAt);
      keys = row.keys ?? keys;
    } else if (m.kind === 'member.update') {
      if (record === null) continue;
      record = applyFieldEdit(record, m.payload.fields, m.hlc);
      if (row.keys && record.fields.name === m.payload.fields.name) keys = row.keys;
    } else if (m.kind === 'member.delete' || m.kind === 'member.erase') {
      return null;
    }
  }
  return record === null ? null : { record, keys: keys ?? { pinyin: '', initials: '' } };
}

/** The latest visit or purchase that has not been voided; 0 when there is none. */
export function lastVisitOf(events: readonly MemberEvent[]): number {
  const voided = new Set<string>();
  for (const e of events) if (e.kind === 'void') voided.add(e.payload.targetId);
  let last = 0;
  for (const e of events)
    if ((e.kind === 'visit' || e.kind === 'purchase') && !voided.has(e.id) && e.at > last) last = e.at;
  return last;
}
