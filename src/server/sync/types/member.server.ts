import type { MemberChange } from '../../../shared/sync/protocol.schema';
import type { MemberRecord } from '../../../shared/schemas/member.schema';
import { memberRowsAfter, type PulledMemberRow } from '../../repositories/member-sync.repository';
import { countRowsAfter } from '../../repositories/store-sync.repository';
import { applyMutation, type Effect } from '../apply-mutation';
import { auditOfMutation } from '../mutation-audit';
import type { ServerSyncedType, StaffRef } from '../server-type';

export const memberServer: ServerSyncedType<'member', Effect> = {
  async changesAfter(db, range) {
    const rows = await memberRowsAfter(db, range);
    return rows.map((row) => ({ seq: row.seq, json: memberChangeJson(row) }));
  },
  countAfter: (db, storeId, after) => countRowsAfter(db, 'members', storeId, after),
  staffRefs(m) {
    if (m.kind !== 'member.create' && m.kind !== 'member.update') return [];
    const { ownerStaffId, consent } = m.payload.fields;
    const refs: StaffRef[] = [];
    if (ownerStaffId) refs.push({ field: 'payload.fields.ownerStaffId', id: ownerStaffId });
    if (consent) refs.push({ field: 'payload.fields.consent.staffId', id: consent.staffId });
    return refs;
  },
  apply: applyMutation,
  audit: auditOfMutation,
};

function memberChangeJson(m: PulledMemberRow): string {
  if (m.state === 'live' && m.record !== null)
    return `{"state":"live","record":${m.record},"keys":${JSON.stringify({ pinyin: m.pinyin, initials: m.initials })}}`;
  const gone: MemberChange = {
    state: 'gone',
    id: m.id as MemberRecord['id'],
    reason: m.state === 'merged' ? 'merged' : m.state === 'erased' ? 'erased' : 'deleted',
    mergedInto: m.merged_into as MemberRecord['id'] | null,
  };
  return JSON.stringify(gone);
}
