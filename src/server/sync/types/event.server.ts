import { FIELDS_OF_5 } from '../../../shared/sync/protocol.schema';
import { countRowsAfter } from '../../repositories/store-sync.repository';
import { eventRowsAfter } from '../../repositories/event-sync.repository';
import { applyMutation, type Effect } from '../apply-mutation';
import { auditOfMutation } from '../mutation-audit';
import type { ServerSyncedType } from '../server-type';

export const eventServer: ServerSyncedType<'event', Effect> = {
  async changesAfter(db, range) {
    const rows = await eventRowsAfter(db, range);
    const body = range.protocol >= FIELDS_OF_5 ? (b: string) => b : withoutOutcome;
    return rows.map((row) => ({ seq: row.seq, json: `{"event":${body(row.body)}}` }));
  },
  countAfter: (db, storeId, after) => countRowsAfter(db, 'events', storeId, after),
  // Who served the purchase or the visit.
  staffRefs: (m) => [{ field: 'payload.staffId', id: m.payload.staffId }],
  apply: applyMutation,
  audit: auditOfMutation,
};

/**
 * A stored event as a tablet of protocol 4 or older takes it: it parses a contact strictly and would
 * refuse the whole page over an `outcome`. Only bodies that may hold one are parsed again.
 */
function withoutOutcome(body: string): string {
  if (!body.includes('"outcome"')) return body;
  const event = JSON.parse(body) as { kind: string; payload: Record<string, unknown> };
  if (event.kind !== 'contact' || !('outcome' in event.payload)) return body;
  const payload = { ...event.payload };
  delete payload.outcome;
  return JSON.stringify({ ...event, payload });
}
