import type { MemberId, MutationId } from '../../shared/schemas/ids.schema';
import type { DeadLetterCode, FloorbookDb, MemberBase, OutboxRow } from './floorbook-db';
import { baseOfRow, memberRow, replayPending } from './member-rows';
import { pendingMemberChanges, refreshLastVisit } from './member-writes';
import { writeMeta } from './meta';

/** What became of one pushed change: taken by the server, or refused for good. */
export type Settlement =
  | { id: MutationId; ok: true }
  | { id: MutationId; ok: false; code: DeadLetterCode; message: string; field?: string };

/**
 * Take settled changes out of the outbox, inside ONE read-write transaction over every table.
 * A taken profile change is folded into the member's server base; a refused one moves to the
 * dead letters and its local effect is undone, so the floor never shows what the server refused.
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
  const taken = new Map<MemberId, OutboxRow[]>();
  const refusedMembers = new Set<MemberId>();
  const recount = new Set<MemberId>();

  for (const s of [...settlements].sort((a, b) => seqOf(byId.get(a.id)) - seqOf(byId.get(b.id)))) {
    const row = byId.get(s.id);
    if (!row || row.seq === undefined) continue;
    await db.outbox.delete(row.seq);
    const m = row.mutation;
    if (s.ok) {
      if (m.entity === 'member') taken.set(row.memberId, [...(taken.get(row.memberId) ?? []), row]);
      continue;
    }
    await db.deadLetters.put({
      id: row.id,
      memberId: row.memberId,
      mutation: m,
      code: s.code,
      message: s.message,
      ...(s.field !== undefined && { field: s.field }),
      at,
    });
    if (m.kind === 'event.record') {
      await db.events.delete(m.entityId);
      recount.add(row.memberId);
    } else if (m.kind === 'member.delete' || m.kind === 'member.erase') {
      // The member is already gone from this tablet and only the server still has it.
      await writeMeta(db, 'resyncNeeded', true);
    } else {
      refusedMembers.add(row.memberId);
    }
  }

  for (const id of new Set([...taken.keys(), ...refusedMembers])) {
    const row = await db.members.get(id);
    if (!row) continue;
    let base: MemberBase | null = row.base === undefined ? baseOfRow(row) : row.base;
    for (const t of taken.get(id) ?? []) base = replayPending(base, [t]);
    const pending = await pendingMemberChanges(db, id);
    const keepBase = pending.length > 0 ? base : undefined;
    if (!refusedMembers.has(id)) {
      const shown = { ...row, base: keepBase };
      if (keepBase === undefined) delete shown.base;
      await db.members.put(shown);
      continue;
    }
    const shown = replayPending(base, pending);
    if (shown) await db.members.put(memberRow(shown, row.lastVisitAt, keepBase));
    else await db.members.delete(id);
  }
  await refreshLastVisit(db, recount);
}

const seqOf = (row: OutboxRow | undefined) => row?.seq ?? Number.MAX_SAFE_INTEGER;
