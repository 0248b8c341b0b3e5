import type { MemberEventKind } from '../../shared/schemas/event.schema';
import type { MemberId, MutationId } from '../../shared/schemas/ids.schema';
import type { Mutation, MutationKind } from '../../shared/sync/protocol.schema';
import { hlcWall } from '../../shared/sync/hlc';
import type { DeadLetterCode, DeadLetterRow, FloorbookDb } from './floorbook-db';
import { resolveMemberId } from './tablet-copy';
import { writeMeta } from './meta';

/** What a change was, in the words staff use: a change to a member, or the kind of entry recorded. */
export type ChangeKind = Exclude<MutationKind, 'event.record'> | MemberEventKind;

/** A change the server refused for good, ready to show. */
export interface DeadLetterView {
  id: MutationId;
  kind: ChangeKind;
  /** The member as this tablet holds her now (merges followed); null when she is not on the tablet. */
  memberId: MemberId | null;
  /** Her name on the tablet, else the name the change itself carried; null when neither is known. */
  memberName: string | null;
  /** When the change was made (tablet clock, corrected to server time). */
  madeAt: number;
  refusedAt: number;
  code: DeadLetterCode;
  /** The server's reason, in the language the tablet pushed in. */
  message: string;
  /** What the refusal points at, when the server named it ('session': her server session was missing). */
  field?: string;
}

/** Every refused change, the latest refusal first. */
export async function listDeadLetters(db: FloorbookDb): Promise<DeadLetterView[]> {
  const rows = await db.deadLetters.orderBy('at').reverse().toArray();
  return Promise.all(rows.map((row) => viewOf(db, row)));
}

/** Forget a refused change: the server never applied it and the tablet already undid it. */
export async function discardDeadLetter(db: FloorbookDb, id: MutationId): Promise<void> {
  await db.deadLetters.delete(id);
}

/** Changes made on this tablet that have not reached the server yet. */
export function countPending(db: FloorbookDb): Promise<number> {
  return db.outbox.count();
}

export type ResetOutcome = { reset: true } | { reset: false; pending: number };

// Belongs to no enrolment: a pull that was already in flight may still land after the wipe, and
// start-sync wipes whatever it finds under another enrolment before the next one syncs.
const NO_ENROLMENT = { storeId: '', deviceId: '' };

/**
 * Wipe the tablet's copy of the store, in one transaction, unless more changes wait than staff
 * agreed to lose: then nothing is wiped and the current count comes back to be confirmed again.
 */
export function resetTablet(db: FloorbookDb, confirmedPending: number): Promise<ResetOutcome> {
  return db.transaction('rw', db.tables, async (): Promise<ResetOutcome> => {
    const pending = await db.outbox.count();
    if (pending > confirmedPending) return { reset: false, pending };
    for (const table of db.tables) await table.clear();
    await writeMeta(db, 'enrolment', NO_ENROLMENT);
    return { reset: true };
  });
}

async function viewOf(db: FloorbookDb, row: DeadLetterRow): Promise<DeadLetterView> {
  const m = row.mutation;
  const memberId = row.memberId === undefined ? null : await resolveMemberId(db, row.memberId);
  const member = memberId === null ? undefined : await db.members.get(memberId);
  return {
    id: row.id,
    kind: m.kind === 'event.record' ? m.payload.kind : m.kind,
    memberId: member ? memberId : null,
    memberName: member?.name ?? carriedName(m),
    madeAt: hlcWall(m.hlc),
    refusedAt: row.at,
    code: row.code,
    message: row.message,
    ...(row.field !== undefined && { field: row.field }),
  };
}

function carriedName(m: Mutation): string | null {
  if (m.kind === 'member.create' || m.kind === 'member.update') return m.payload.fields.name ?? null;
  return null;
}
