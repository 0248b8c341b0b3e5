import type { Mutation } from '../../shared/sync/protocol.schema';
import type { SyncTx } from '../repositories/sync-tx';
import type { StaffRef } from './server-type';
import { SERVER_TYPES } from './server-types';

/**
 * The first staff id in a change that is no staff member of this store, or null. One who has
 * left still counts: what she did while she worked here stays true, and may arrive late from a
 * tablet that was offline.
 */
export async function foreignStaffRef(tx: SyncTx, m: Mutation): Promise<string | null> {
  const refs = (SERVER_TYPES[m.entity].staffRefs as (m: Mutation) => StaffRef[])(m);
  if (refs.length === 0) return null;
  const ours = await tx.staff.ofStore([...new Set(refs.map((r) => r.id))]);
  return refs.find((r) => !ours.has(r.id))?.field ?? null;
}
