import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

export function enrolCodeRepository(db: Kysely<Database>) {
  return {
    async create(c: {
      codeHash: string;
      storeId: string;
      createdBy: string;
      now: number;
      expiresAt: number;
    }) {
      await db
        .insertInto('enrol_codes')
        .values({
          code_hash: c.codeHash,
          store_id: c.storeId,
          created_by: c.createdBy,
          created_at: c.now,
          expires_at: c.expiresAt,
          used_at: null,
        })
        .execute();
    },

    /**
     * Use a code up: one UPDATE that only an unused, unexpired code passes, so two tablets
     * racing with the same code cannot both enrol. Returns whose code it was.
     */
    async consume(codeHash: string, now: number) {
      return db
        .updateTable('enrol_codes')
        .set({ used_at: now })
        .where('code_hash', '=', codeHash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .returning(['store_id', 'created_by'])
        .executeTakeFirst();
    },

    /** A code past its minutes can never enrol again, used or not; dropped with the tombstone purge. */
    async purgeExpired(now: number): Promise<void> {
      await db.deleteFrom('enrol_codes').where('expires_at', '<=', now).execute();
    },
  };
}
