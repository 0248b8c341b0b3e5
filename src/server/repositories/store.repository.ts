import type { Kysely, Transaction } from 'kysely';
import { atomic } from '../db/transaction';
import type { Database } from '../db/schema';
import type { StoredPin } from '../auth/pin-verifier';
import { takeSeq } from './seq';

export interface NewStore {
  storeId: string;
  storeName: string;
  owner: { id: string; name: string; passwordHash: string; pin: StoredPin | null };
  now: number;
}

/**
 * A store and its owner, inside the caller's transaction. The owner row takes the store's first
 * change number, so tablets pull her with the rest of the staff.
 */
export async function insertStoreWithOwner(
  trx: Transaction<Database>,
  s: NewStore,
  chainAdmin: boolean,
): Promise<void> {
  await trx
    .insertInto('stores')
    .values({ id: s.storeId, name: s.storeName, created_at: s.now, seq: 0, purged_seq: 0 })
    .execute();
  const seq = await takeSeq(trx, s.storeId, 1);
  await trx
    .insertInto('staff')
    .values({
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
      chain_admin: chainAdmin ? 1 : 0,
    })
    .execute();
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

    /** The name of the store opened first (head office's), if there is one. */
    async firstName(): Promise<string | undefined> {
      const row = await db.selectFrom('stores').select('name').orderBy('created_at').executeTakeFirst();
      return row?.name;
    },

    async find(storeId: string) {
      return db.selectFrom('stores').selectAll().where('id', '=', storeId).executeTakeFirst();
    },

    /** Stores with this id or this name (names are not unique across a chain). */
    async findByIdOrName(text: string) {
      return db
        .selectFrom('stores')
        .select(['id', 'name'])
        .where((eb) => eb.or([eb('id', '=', text), eb('name', '=', text)]))
        .execute();
    },

    /**
     * Creates the store and its owner; refuses (returns false) once any store exists. The first
     * owner is the chain's head office: later stores are opened by her (chain.routes).
     */
    async createFirst(s: NewStore): Promise<boolean> {
      return atomic(db, async (trx) => {
        const existing = await trx.selectFrom('stores').select('id').limit(1).executeTakeFirst();
        if (existing) return false;
        await insertStoreWithOwner(trx, s, true);
        return true;
      });
    },
  };
}
