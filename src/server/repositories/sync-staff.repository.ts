import type { StaffRole } from '../../shared/schemas/setup.schema';
import type { DbTx } from '../db/handle';

/** The staff questions a push asks inside its transaction. */
export function syncStaffRepository(trx: DbTx, storeId: string) {
  return {
    /** The role of an active staff member of this store, or null. */
    async activeRole(staffId: string): Promise<StaffRole | null> {
      const row = await trx
        .selectFrom('staff')
        .select('role')
        .where('id', '=', staffId)
        .where('store_id', '=', storeId)
        .where('disabled_at', 'is', null)
        .executeTakeFirst();
      return row?.role ?? null;
    },

    /** Of these ids, the ones that are (or were) staff of this store. */
    async ofStore(ids: readonly string[]): Promise<Set<string>> {
      const rows = await trx
        .selectFrom('staff')
        .select('id')
        .where('store_id', '=', storeId)
        .where('id', 'in', [...ids])
        .execute();
      return new Set(rows.map((r) => r.id));
    },
  };
}
