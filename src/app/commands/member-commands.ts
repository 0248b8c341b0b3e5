import type { MemberId } from '../../shared/schemas/ids.schema';
import type { MemberFieldName, MemberFields } from '../../shared/schemas/member.schema';
import type { SearchKeys } from '../../shared/sync/protocol.schema';
import { applyFieldEdit, newMemberRecord } from '../../shared/sync/member-merge';
import { phoneClash } from '../../shared/domain/phone-rule';
import type { FloorbookDb, MemberRow } from '../db/floorbook-db';
import { baseOfRow, memberRow, recordOfRow } from '../db/member-rows';
import { resolveMemberId } from '../db/tablet-copy';
import { forgetRosterKeys } from '../db/member-writes';
import { forgetRecordsOf } from '../db/field-record-type';
import {
  CommandFailure,
  runCommand,
  type CommandDeps,
  type CommandResult,
  type Transaction,
} from './command-runner';

/** Open a new member's card. Refused with `phone-taken` when this tablet already knows the phone. */
export async function signUpMember(
  deps: CommandDeps,
  input: { fields: MemberFields },
): Promise<CommandResult<{ memberId: MemberId }>> {
  const keys = await deps.searchKeys(input.fields.name.trim());
  const memberId = deps.newId() as MemberId;
  return runCommand(deps, async (tx) => {
    const m = await tx.queue(
      {
        kind: 'member.create',
        entity: 'member',
        entityId: memberId,
        payload: { fields: input.fields, createdAt: tx.now },
      },
      memberId,
      keys,
    );
    await refuseTakenPhone(tx.db, { memberId, phone: m.payload.fields.phone });
    const record = newMemberRecord(memberId, m.payload.fields, m.hlc, m.payload.createdAt);
    await tx.db.members.add(memberRow({ record, keys }, 0, null));
    return { memberId };
  });
}

/** Change some of a member's fields; only fields that differ are sent, each wins or loses on its own. */
export async function editMember(
  deps: CommandDeps,
  memberId: MemberId,
  fields: Partial<MemberFields>,
): Promise<CommandResult<{ memberId: MemberId; changed: MemberFieldName[] }>> {
  const keys = fields.name === undefined ? undefined : await deps.searchKeys(fields.name.trim());
  return runCommand(deps, async (tx) => {
    const row = await liveRow(tx.db, memberId);
    const changed = (Object.keys(fields) as MemberFieldName[]).filter(
      // An optional field never set reads as cleared: emptying it again is no change.
      (k) => fields[k] !== undefined && JSON.stringify(fields[k]) !== JSON.stringify(row.fields[k] ?? null),
    );
    if (changed.length === 0) return { memberId: row.id, changed };
    const edit = Object.fromEntries(changed.map((k) => [k, fields[k]])) as Partial<MemberFields>;
    await writeEdit(tx, row, edit, changed.includes('name') ? keys : undefined);
    return { memberId: row.id, changed };
  });
}

/**
 * Queue an edit of fields that differ and write the row it makes, inside a command's transaction.
 * `renamed` carries the search keys of a new name.
 */
export async function writeEdit(
  tx: Transaction,
  row: MemberRow,
  edit: Partial<MemberFields>,
  renamed?: SearchKeys,
): Promise<void> {
  const m = await tx.queue(
    { kind: 'member.update', entity: 'member', entityId: row.id, payload: { fields: edit } },
    row.id,
    renamed,
  );
  if (m.payload.fields.phone !== undefined)
    await refuseTakenPhone(tx.db, {
      memberId: row.id,
      phone: m.payload.fields.phone,
      before: row.fields.phone,
    });
  const record = applyFieldEdit(recordOfRow(row), m.payload.fields, m.hlc);
  const shownKeys: SearchKeys = renamed ?? { pinyin: row.pinyin, initials: row.initials };
  const base = row.base === undefined ? baseOfRow(row) : row.base;
  await tx.db.members.put(memberRow({ record, keys: shownKeys }, row.lastVisitAt, base));
}

/** Remove a member entered by mistake: a tombstone that keeps no personal data. */
export function deleteMember(
  deps: CommandDeps,
  memberId: MemberId,
  reason: string,
): Promise<CommandResult<{ memberId: MemberId }>> {
  return removeMember(deps, memberId, reason, 'member.delete');
}

/** The customer's right to erasure: the member, their events and anything refused about them go. */
export function eraseMember(
  deps: CommandDeps,
  memberId: MemberId,
  reason: string,
): Promise<CommandResult<{ memberId: MemberId }>> {
  return removeMember(deps, memberId, reason, 'member.erase');
}

function removeMember(
  deps: CommandDeps,
  memberId: MemberId,
  reason: string,
  kind: 'member.delete' | 'member.erase',
): Promise<CommandResult<{ memberId: MemberId }>> {
  return runCommand(deps, async (tx) => {
    const row = await liveRow(tx.db, memberId);
    await tx.queue({ kind, entity: 'member', entityId: row.id, payload: { reason } }, row.id);
    await tx.db.members.delete(row.id);
    await forgetRosterKeys(tx.db);
    await tx.db.events.where('memberId').equals(row.id).delete();
    if (kind === 'member.erase') {
      await tx.db.deadLetters.where('memberId').equals(row.id).delete();
      await forgetRecordsOf(tx.db, row.id);
    }
    return { memberId: row.id };
  });
}

/** The member's row, following a merge to the survivor. */
export async function liveRow(db: FloorbookDb, memberId: MemberId): Promise<MemberRow> {
  const row = await db.members.get(await resolveMemberId(db, memberId));
  if (!row) throw new CommandFailure({ code: 'not-found' });
  return row;
}

async function refuseTakenPhone(db: FloorbookDb, change: Parameters<typeof phoneClash>[0]): Promise<void> {
  const other = phoneClash(change, await db.members.where('phone').equals(change.phone).toArray());
  if (other) throw new CommandFailure({ code: 'phone-taken', memberId: other.id });
}
