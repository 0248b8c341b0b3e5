import type { Kysely } from 'kysely';
import type { Database, StaffTable } from '../db/schema';
import type { StoredPin } from '../auth/pin-verifier';
import { takeSeq } from './seq';

export interface NewStore {
  storeId: string;
  storeName: string;
  owner: { id: string; name: string; passwordHash: string; pin: StoredPin | null };
  now: number;
}

export function storeRepository(db: Kysely<Database>) {
  return {
    async count(): Promise<number> {
      const row = await db
        .selectFrom('stores')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst();
      return row?.n ?? 0;
    },

    async find(storeId: string) {
      return db.selectFrom('stores').selectAll().where('id', '=', storeId).executeTakeFirst();
    },

    /** Creates the store and its owner; refuses (returns false) once any store exists. */
    async createFirst(s: NewStore): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const existing = await trx.selectFrom('stores').select('id').limit(1).executeTakeFirst();
        if (existing) return false;
        await trx
          .insertInto('stores')
          .values({ id: s.storeId, name: s.storeName, created_at: s.now, seq: 0, purged_seq: 0 })
          .execute();
        const seq = await takeSeq(trx, s.storeId, 1);
        const owner: StaffTable = {
          id: s.owner.id,
          store_id: s.storeId,
          name: s.owner.name,
          role: 'owner',
          password_hash: s.owner.passwordHash,
          pin_verifier: s.owner.pin?.pinVerifier ?? null,
          pin_offline: s.owner.pin?.pinOffline ?? null,
          created_at: s.now,
          disabled_at: null,
          seq,
        };
        await trx.insertInto('staff').values(owner).execute();
        return true;
      });
    },
  };
}
