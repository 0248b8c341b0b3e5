import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** The store a POS key posts for, found by the key's hash. */
export interface PosKeyIdentity {
  keyId: string;
  storeId: string;
  revoked: boolean;
}

export function posKeyRepository(db: Kysely<Database>) {
  return {
    async create(k: {
      id: string;
      storeId: string;
      label: string;
      keyHash: string;
      createdBy: string;
      now: number;
    }) {
      await db
        .insertInto('pos_keys')
        .values({
          id: k.id,
          store_id: k.storeId,
          label: k.label,
          key_hash: k.keyHash,
          created_at: k.now,
          created_by: k.createdBy,
          last_used_at: null,
          revoked_at: null,
          revoked_by: null,
        })
        .execute();
    },

    async findByHash(keyHash: string): Promise<PosKeyIdentity | undefined> {
      const row = await db
        .selectFrom('pos_keys')
        .select(['id', 'store_id', 'revoked_at'])
        .where('key_hash', '=', keyHash)
        .executeTakeFirst();
      return row && { keyId: row.id, storeId: row.store_id, revoked: row.revoked_at !== null };
    },

    /** The store's keys, newest first, with the store's name. */
    async listOfStore(storeId: string) {
      return db
        .selectFrom('pos_keys as k')
        .innerJoin('stores as s', 's.id', 'k.store_id')
        .select([
          'k.id',
          'k.label',
          'k.store_id',
          's.name as store_name',
          'k.created_at',
          'k.last_used_at',
          'k.revoked_at',
        ])
        .where('k.store_id', '=', storeId)
        .orderBy('k.created_at', 'desc')
        .orderBy('k.id', 'desc')
        .execute();
    },

    async existsInStore(storeId: string, id: string): Promise<boolean> {
      const row = await db
        .selectFrom('pos_keys')
        .select('id')
        .where('store_id', '=', storeId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row !== undefined;
    },

    /** Revoke a key of the store; false when it was revoked already. */
    async revoke(storeId: string, id: string, by: string, now: number): Promise<boolean> {
      const result = await db
        .updateTable('pos_keys')
        .set({ revoked_at: now, revoked_by: by })
        .where('store_id', '=', storeId)
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    async touch(id: string, now: number): Promise<void> {
      await db.updateTable('pos_keys').set({ last_used_at: now }).where('id', '=', id).execute();
    },
  };
}
