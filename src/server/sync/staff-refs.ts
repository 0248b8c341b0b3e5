import type { Mutation } from '../../shared/sync/protocol.schema';
import type { SyncTx } from './sync-tx';

/** A staff id written inside a change, and where: the field a refusal names. */
interface StaffRef {
  field: string;
  id: string;
}

/**
 * Every staff id a change writes into the store's data besides its author (checked with her
 * role): who served a purchase or visit, who owns the member, who took her consent.
 */
export function staffRefsOf(m: Mutation): StaffRef[] {
  switch (m.kind) {
    case 'event.record':
      return [{ field: 'payload.staffId', id: m.payload.staffId }];
    case 'member.create':
    case 'member.update': {
      const { ownerStaffId, consent } = m.payload.fields;
      const refs: StaffRef[] = [];
      if (ownerStaffId) refs.push({ field: 'payload.fields.ownerStaffId', id: ownerStaffId });
      if (consent) refs.push({ field: 'payload.fields.consent.staffId', id: consent.staffId });
      return refs;
    }
    case 'member.delete':
    case 'member.erase':
      return [];
  }
}

/**
 * The first staff id in a change that is no staff member of this store, or null. One who has
 * left still counts: what she did while she worked here stays true, and may arrive late from a
 * tablet that was offline.
 */
export async function foreignStaffRef(tx: SyncTx, m: Mutation): Promise<string | null> {
  const refs = staffRefsOf(m);
  if (refs.length === 0) return null;
  const rows = await tx.trx
    .selectFrom('staff')
    .select('id')
    .where('store_id', '=', tx.storeId)
    .where('id', 'in', [...new Set(refs.map((r) => r.id))])
    .execute();
  const ours = new Set(rows.map((r) => r.id));
  return refs.find((r) => !ours.has(r.id))?.field ?? null;
}
