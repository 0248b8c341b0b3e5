import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

export interface DeviceIdentity {
  deviceId: string;
  storeId: string;
  revoked: boolean;
  lastSeenAt: number | null;
}

export function deviceRepository(db: Kysely<Database>) {
  return {
    async create(d: { id: string; storeId: string; name: string; tokenHash: string; now: number }) {
      await db
        .insertInto('devices')
        .values({
          id: d.id,
          store_id: d.storeId,
          name: d.name,
          token_hash: d.tokenHash,
          created_at: d.now,
          revoked_at: null,
          revoked_by: null,
          last_seen_at: d.now,
        })
        .execute();
    },

    async findByTokenHash(tokenHash: string): Promise<DeviceIdentity | undefined> {
      const row = await db
        .selectFrom('devices')
        .select(['id', 'store_id', 'revoked_at', 'last_seen_at'])
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return (
        row && {
          deviceId: row.id,
          storeId: row.store_id,
          revoked: row.revoked_at !== null,
          lastSeenAt: row.last_seen_at,
        }
      );
    },

    async touch(deviceId: string, now: number) {
      await db.updateTable('devices').set({ last_seen_at: now }).where('id', '=', deviceId).execute();
    },

    async listOfStore(storeId: string) {
      return db
        .selectFrom('devices')
        .select(['id', 'name', 'created_at', 'last_seen_at', 'revoked_at'])
        .where('store_id', '=', storeId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
    },

    async existsInStore(storeId: string, deviceId: string): Promise<boolean> {
      const row = await db
        .selectFrom('devices')
        .select('id')
        .where('id', '=', deviceId)
        .where('store_id', '=', storeId)
        .executeTakeFirst();
      return row !== undefined;
    },

    /** Revoke once: a second revoke keeps the first time and the first owner who did it. */
    async revoke(storeId: string, deviceId: string, by: string, now: number): Promise<boolean> {
      const result = await db
        .updateTable('devices')
        .set({ revoked_at: now, revoked_by: by })
        .where('id', '=', deviceId)
        .where('store_id', '=', storeId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return result.numUpdatedRows === 1n;
    },
  };
}
