import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

export interface DeviceIdentity {
  deviceId: string;
  storeId: string;
  revoked: boolean;
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
          last_seen_at: d.now,
        })
        .execute();
    },

    async findByTokenHash(tokenHash: string): Promise<DeviceIdentity | undefined> {
      const row = await db
        .selectFrom('devices')
        .select(['id', 'store_id', 'revoked_at'])
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return row && { deviceId: row.id, storeId: row.store_id, revoked: row.revoked_at !== null };
    },

    async touch(deviceId: string, now: number) {
      await db.updateTable('devices').set({ last_seen_at: now }).where('id', '=', deviceId).execute();
    },
  };
}
