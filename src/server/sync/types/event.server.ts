import { countRowsAfter } from '../../repositories/store-sync.repository';
import { eventRowsAfter } from '../../repositories/event-sync.repository';
import { applyMutation, type Effect } from '../apply-mutation';
import { auditOfMutation } from '../mutation-audit';
import type { ServerSyncedType } from '../server-type';

export const eventServer: ServerSyncedType<'event', Effect> = {
  async changesAfter(db, range) {
    const rows = await eventRowsAfter(db, range);
    return rows.map((row) => ({ seq: row.seq, json: `{"event":${row.body}}` }));
  },
  countAfter: (db, storeId, after) => countRowsAfter(db, 'events', storeId, after),
  // Who served the purchase or the visit.
  staffRefs: (m) => [{ field: 'payload.staffId', id: m.payload.staffId }],
  apply: applyMutation,
  audit: auditOfMutation,
};
