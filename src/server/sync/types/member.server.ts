import { FIELDS_OF_5, type MemberChange } from '../../../shared/sync/protocol.schema';
import type { MemberRecord } from '../../../shared/schemas/member.schema';
import { memberRowsAfter, type PulledMemberRow } from '../../repositories/member-sync.repository';
import { countRowsAfter } from '../../repositories/store-sync.repository';
import { applyMutation, type Effect } from '../apply-mutation';
import { auditOfMutation } from '../mutation-audit';
import type { ServerSyncedType, StaffRef } from '../server-type';

export const memberServer: ServerSyncedType<'member', Effect> = {
  async changesAfter(db, range) {
    const rows = await memberRowsAfter(db, range);
    const record = range.protocol >= FIELDS_OF_5 ? (r: string) => r : withoutPreferredName;
    return rows.map((row) => ({ seq: row.seq, json: memberChangeJson(row, record) }));
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

function memberChangeJson(m: PulledMemberRow, record: (text: string) => string): string {
  if (m.state === 'live' && m.record !== null)
    return `{"state":"live","record":${record(m.record)},"keys":${JSON.stringify({ pinyin: m.pinyin, initials: m.initials })}}`;
  const gone: MemberChange = {
    state: 'gone',
    id: m.id as MemberRecord['id'],
    reason: m.state === 'merged' ? 'merged' : m.state === 'erased' ? 'erased' : 'deleted',
    mergedInto: m.merged_into as MemberRecord['id'] | null,
  };
  return JSON.stringify(gone);
}

/**
 * A stored record as a tablet of protocol 4 or older takes it: it parses members strictly and would
 * refuse the whole page over a `preferredName`. Only records that may hold one are parsed again.
 */
function withoutPreferredName(text: string): string {
  if (!text.includes('"preferredName"')) return text;
  const record = JSON.parse(text) as { fields: Record<string, unknown>; clocks: Record<string, unknown> };
  const fields = { ...record.fields };
  const clocks = { ...record.clocks };
  delete fields.preferredName;
  delete clocks.preferredName;
  return JSON.stringify({ ...record, fields, clocks });
}
