import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

export function staffRepository(db: Kysely<Database>) {
  return {
    /** Active staff of any store with this name who may sign in with a password. */
    async findSignInCandidates(name: string) {
      return db
        .selectFrom('staff')
        .innerJoin('stores', 'stores.id', 'staff.store_id')
        .select([
          'staff.id',
          'staff.name',
          'staff.role',
          'staff.password_hash',
          'staff.store_id',
          'stores.name as store_name',
        ])
        .where('staff.name', '=', name)
        .where('staff.disabled_at', 'is', null)
        .where('staff.password_hash', 'is not', null)
        .execute();
    },
  };
}
