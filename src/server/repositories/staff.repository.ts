import type { Kysely } from 'kysely';
import type { Database, StaffTable } from '../db/schema';
import { takeSeq } from './seq';

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

    async listOfStore(storeId: string) {
      return db.selectFrom('staff').select(['id', 'name', 'role']).where('store_id', '=', storeId).execute();
    },

    async add(s: {
      id: string;
      storeId: string;
      name: string;
      role: StaffTable['role'];
      passwordHash: string | null;
      now: number;
    }) {
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('staff')
          .values({
            id: s.id,
            store_id: s.storeId,
            name: s.name,
            role: s.role,
            password_hash: s.passwordHash,
            pin_verifier: null,
            created_at: s.now,
            disabled_at: null,
            seq: await takeSeq(trx, s.storeId, 1),
          })
          .execute();
      });
    },
  };
}
