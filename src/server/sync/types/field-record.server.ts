import {
  MEMBER_OF_KEY,
  type FieldRecordFields,
  type FieldRecordType,
} from '../../../shared/domain/field-record-types';
import { findMember } from '../member-rows';
import { countFieldRecordsAfter, fieldRecordsAfter } from '../../repositories/field-record.repository';
import { fieldRecordAudit, putFieldRecordEdit } from '../field-record-edit';
import type { MutationOfType, ServerSyncedType, StaffRef } from '../server-type';

/** What every `<type>.update` carries; the generic Extract of the union does not resolve it. */
interface FieldRecordUpdate<N extends FieldRecordType> {
  entityId: string;
  staffId: string;
  payload: { fields: Partial<FieldRecordFields[N]> };
}

/**
 * The server's entry for a field-record type (decision 0016): its rows of the one table, an edit
 * applied field by field, and a `<type>.change` audit line naming the key and the fields changed.
 * The role an edit needs is checked before, by the push, from LEAST_ROLE (permissions.ts); the
 * store is the pushing tablet's, so no edit reaches another store's record. `staffRefs` names the
 * staff ids an edit writes (in its key or fields): each must be staff of the store. A type whose
 * keys name a member (MEMBER_OF_KEY) takes no edit once she is erased or deleted.
 */
export function fieldRecordServer<N extends FieldRecordType>(
  name: N,
  options: { staffRefs?: (m: MutationOfType<N>) => StaffRef[] } = {},
): ServerSyncedType<N, { key: string; fields: string[] }> {
  return {
    async changesAfter(db, range) {
      const rows = await fieldRecordsAfter(db, name, range);
      return rows.map((row) => ({ seq: row.seq, json: `{"record":${row.record}}` }));
    },
    countAfter: (db, storeId, after) => countFieldRecordsAfter(db, name, storeId, after),
    staffRefs: options.staffRefs ?? (() => []),
    async apply(tx, m, hlc) {
      const { entityId: key, payload } = m as unknown as FieldRecordUpdate<N>;
      // A record about a member erased or deleted since would outlive her: refused, as her events are.
      const memberId = MEMBER_OF_KEY[name]?.(key);
      const member = memberId ? await findMember(tx, memberId) : undefined;
      if (member?.state === 'erased' || member?.state === 'deleted')
        return { ok: false, code: 'member-gone', field: 'entityId' };
      const fields = await putFieldRecordEdit(tx, name, key, payload.fields, hlc);
      return fields.length > 0 ? { ok: true, effect: { key, fields } } : { ok: true };
    },
    audit: (device, m, effect, now) =>
      effect
        ? [
            fieldRecordAudit(
              { ...device, staffId: (m as FieldRecordUpdate<N>).staffId },
              name,
              effect.key,
              effect.fields,
              now,
            ),
          ]
        : [],
  };
}
