import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

export interface NewSession {
  tokenHash: string;
  storeId: string;
  staffId: string;
  deviceId: string;
  now: number;
  expiresAt: number;
}

export function sessionRepository(db: Kysely<Database>) {
  return {
    async create(s: NewSession): Promise<void> {
      await db
        .insertInto('staff_sessions')
        .values({
          token_hash: s.tokenHash,
          store_id: s.storeId,
          staff_id: s.staffId,
          device_id: s.deviceId,
          created_at: s.now,
          expires_at: s.expiresAt,
        })
        .execute();
    },

    /** The session and the staff member behind it, only when both belong to this device's store. */
    async findForDevice(tokenHash: string, deviceId: string, storeId: string) {
      return db
        .selectFrom('staff_sessions as s')
        .innerJoin('staff', 'staff.id', 's.staff_id')
        .select([
          'staff.id',
          'staff.name',
          'staff.role',
          'staff.disabled_at',
          'staff.chain_admin',
          's.expires_at',
        ])
        .where('s.token_hash', '=', tokenHash)
        .where('s.device_id', '=', deviceId)
        .where('s.store_id', '=', storeId)
        .where('staff.store_id', '=', storeId)
        .executeTakeFirst();
    },

    async end(tokenHash: string, deviceId: string): Promise<void> {
      await db
        .deleteFrom('staff_sessions')
        .where('token_hash', '=', tokenHash)
        .where('device_id', '=', deviceId)
        .execute();
    },

    /** End a staff member's sessions on every tablet, but the one she is using (if any). */
    async endForStaff(staffId: string, keepTokenHash?: string): Promise<void> {
      let q = db.deleteFrom('staff_sessions').where('staff_id', '=', staffId);
      if (keepTokenHash !== undefined) q = q.where('token_hash', '!=', keepTokenHash);
      await q.execute();
    },

    async endForDevice(deviceId: string): Promise<void> {
      await db.deleteFrom('staff_sessions').where('device_id', '=', deviceId).execute();
    },

    /** Expired sessions are dead weight; dropped with the tombstone purge. */
    async purgeExpired(now: number): Promise<void> {
      await db.deleteFrom('staff_sessions').where('expires_at', '<=', now).execute();
    },
  };
}
