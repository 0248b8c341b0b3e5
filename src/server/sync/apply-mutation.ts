import type { RejectionCode } from '../../shared/sync/protocol.schema';
import { applyFieldEdit, mergeRecords, newMemberRecord } from '../../shared/sync/member-merge';
import type { MemberRecord } from '../../shared/schemas/member.schema';
import type { MemberEvent } from '../../shared/schemas/event.schema';
import { phoneClash } from '../../shared/domain/phone-rule';
import { purchaseTotal } from '../../shared/domain/purchase-total';
import { voidTarget, type VoidRefusal } from '../../shared/domain/void-rule';
import type { SyncTx } from '../repositories/sync-tx';
import type { MutationOfType, Outcome as ServerOutcome } from './server-type';
import {
  deleteEventsOf,
  deleteRecordsOf,
  findEvent,
  findMember,
  followMerges,
  idInUse,
  insertEvent,
  liveByPhone,
  mergedInto,
  putLiveMember,
  putTombstone,
  repointEvents,
  voidsOn,
} from './member-rows';

/** What an applied mutation did, for the audit log: ids and field names, never the values. */
export type Effect =
  | { kind: 'created'; memberId: string; consent: MemberRecord['fields']['consent'] }
  | { kind: 'edited'; memberId: string; fields: string[]; consent: MemberRecord['fields']['consent'] | null }
  | { kind: 'removed'; memberId: string; why: 'deleted' | 'erased' };

type Outcome = ServerOutcome<Effect>;

const APPLIED: Outcome = { ok: true };
const reject = (code: RejectionCode, field?: string): Outcome =>
  field === undefined ? { ok: false, code } : { ok: false, code, field };

/**
 * Apply one checked member or event mutation, with the clock it was admitted with (push.service.ts).
 * Every check comes before the first write, so a refused mutation leaves the database as it was
 * and the rest of its batch goes on.
 */
export async function applyMutation(
  tx: SyncTx,
  m: MutationOfType<'member' | 'event'>,
  hlc: string,
): Promise<Outcome> {
  switch (m.kind) {
    case 'member.create':
      return createMember(
        tx,
        m.entityId,
        newMemberRecord(m.entityId, m.payload.fields, hlc, m.payload.createdAt),
      );
    case 'member.update':
      return updateMember(tx, m.entityId, m.payload.fields, hlc);
    case 'member.delete':
      return removeMember(tx, m.entityId, 'deleted');
    case 'member.erase':
      return removeMember(tx, m.entityId, 'erased');
    case 'event.record':
      return m.entityId === m.payload.id ? recordEvent(tx, m.payload) : reject('invalid', 'entityId');
  }
}

async function createMember(tx: SyncTx, id: string, record: MemberRecord): Promise<Outcome> {
  const used = await idInUse(tx, 'members', id);
  if (used === 'elsewhere') return reject('invalid', 'entityId');
  if (used === 'here') {
    const existing = await findMember(tx, id);
    return existing?.state === 'live' || existing?.state === 'merged' ? APPLIED : reject('member-gone');
  }
  const created: Outcome = {
    ok: true,
    effect: { kind: 'created', memberId: id, consent: record.fields.consent },
  };
  const twin = phoneClash(
    { memberId: id, phone: record.fields.phone },
    await liveByPhone(tx, record.fields.phone),
  );
  if (!twin) {
    await putLiveMember(tx, record);
    return created;
  }
  // The same phone signed up twice (two tablets offline): one person, kept as the earlier card.
  // A card someone already looks after keeps her associate: a sign-up, an associate's change,
  // must not move a member to another associate, which is a manager's (decision 0008).
  const owner = twin.fields.ownerStaffId ?? record.fields.ownerStaffId;
  const signedUp = { ...record, fields: { ...record.fields, ownerStaffId: owner } };
  if (twin.createdHlc <= signedUp.createdHlc) await merge(tx, twin, signedUp);
  else await merge(tx, signedUp, twin);
  return created;
}

async function merge(tx: SyncTx, survivor: MemberRecord, absorbed: MemberRecord): Promise<void> {
  await putLiveMember(tx, mergeRecords(survivor, absorbed));
  await putTombstone(tx, absorbed.id, 'merged', absorbed.createdHlc, survivor.id);
  await repointEvents(tx, absorbed.id, survivor.id);
  // Members merged into the absorbed one now point at the survivor. Each re-pointed tombstone
  // takes a new change number, so tablets that pulled the old pointer move too.
  for (const earlier of await mergedInto(tx, absorbed.id))
    await putTombstone(tx, earlier.id, 'merged', earlier.createdHlc, survivor.id);
  await tx.members.noteMerge(survivor.id, absorbed.id);
}

async function updateMember(
  tx: SyncTx,
  id: string,
  edit: Partial<MemberRecord['fields']>,
  hlc: string,
): Promise<Outcome> {
  // An edit of a member merged away lands on the member she was merged into.
  const member = await followMerges(tx, id);
  if (!member) return reject('unknown-member');
  if (member.state !== 'live' || !member.record) return reject('member-gone');
  // The card number stays the one the customer was handed; a merge never moves it either.
  const next = applyFieldEdit(member.record, withoutCardNo(edit), hlc);
  if (next === member.record) return APPLIED;
  const phone = { memberId: member.id, phone: next.fields.phone, before: member.record.fields.phone };
  if (phoneClash(phone, await liveByPhone(tx, phone.phone))) return reject('phone-taken', 'phone');
  await putLiveMember(tx, next, next.fields.name === member.record.fields.name ? member.keys : undefined);
  const before = member.record;
  const fields = Object.keys(next.clocks).filter(
    (k) => next.clocks[k as keyof typeof next.clocks] !== before.clocks[k as keyof typeof before.clocks],
  );
  const consent = next.fields.consent;
  const consentChanged =
    consent.record !== before.fields.consent.record || consent.marketing !== before.fields.consent.marketing;
  return {
    ok: true,
    effect: { kind: 'edited', memberId: member.id, fields, consent: consentChanged ? consent : null },
  };
}

async function removeMember(tx: SyncTx, id: string, why: 'deleted' | 'erased'): Promise<Outcome> {
  const member = await findMember(tx, id);
  if (!member) return reject('unknown-member');
  if (member.state === 'merged') {
    // A duplicate deleted by mistake is already gone into the survivor; keep the survivor.
    // Erasure is the person's right, so it follows her to the survivor.
    if (why === 'deleted') return APPLIED;
    await deleteRecordsOf(tx, id);
    const survivor = await followMerges(tx, id);
    if (!survivor || survivor.state !== 'live') return APPLIED;
    return removeMember(tx, survivor.id, why);
  }
  if (member.state === why || (member.state === 'erased' && why === 'deleted')) return APPLIED;
  await deleteEventsOf(tx, member.id);
  if (why === 'erased') await deleteRecordsOf(tx, member.id);
  await putTombstone(tx, member.id, why, member.createdHlc);
  return { ok: true, effect: { kind: 'removed', memberId: member.id, why } };
}

async function recordEvent(tx: SyncTx, event: MemberEvent): Promise<Outcome> {
  const used = await idInUse(tx, 'events', event.id);
  if (used === 'elsewhere') return reject('invalid', 'entityId');
  if (used === 'here') return APPLIED;
  let memberId = event.memberId as string;
  if (event.kind === 'void') {
    const target = await findEvent(tx, event.payload.targetId);
    const known = target ? [target, ...(await voidsOn(tx, target.memberId))] : [];
    const voidable = voidTarget(event.payload.targetId, known);
    if (!voidable.ok) return reject(VOID_REFUSED[voidable.refusal], 'payload.targetId');
    memberId = voidable.target.memberId;
  }
  const member = await followMerges(tx, memberId);
  if (!member) return reject('unknown-member', 'memberId');
  if (member.state !== 'live') return reject('member-gone', 'memberId');
  if (event.kind === 'purchase' && purchaseTotal(event.payload.items) !== event.payload.total)
    return reject('total-mismatch', 'payload.total');
  await insertEvent(tx, { ...event, memberId: member.id } as MemberEvent);
  return APPLIED;
}

// No tablet of ours voids a void (it refuses, as here), so one arriving is malformed.
const VOID_REFUSED: Record<VoidRefusal, RejectionCode> = {
  'unknown-target': 'unknown-event',
  'void-of-void': 'invalid',
  'already-voided': 'already-voided',
};

function withoutCardNo(edit: Partial<MemberRecord['fields']>): Partial<MemberRecord['fields']> {
  const rest = { ...edit };
  delete rest.cardNo;
  return rest;
}
