import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { afterFailure, NO_FAILURES, type FailureCount } from '../../shared/domain/pin-lockout';

export type FailureSubject = 'staff' | 'device';

const key = (subject: FailureSubject, id: string) => `${subject}:${id}`;

// Two failures racing on one subject: the loser of the compare-and-set reads again. Only a few
// requests per subject can be in flight (sign-ins are serialised per staff and device), so a
// handful of rounds always suffices.
const MAX_ROUNDS = 8;

export function signInFailureRepository(db: Kysely<Database>) {
  async function read(subject: FailureSubject, id: string): Promise<FailureCount> {
    const row = await db
      .selectFrom('sign_in_failures')
      .select(['failures', 'last_failed_at'])
      .where('subject', '=', key(subject, id))
      .executeTakeFirst();
    return row ? { failures: row.failures, lastFailedAt: row.last_failed_at } : NO_FAILURES;
  }

  return {
    read,

    /**
     * Count one more failure by the shared policy (`afterFailure`), as a compare-and-set so two
     * instances of the server counting at once both count. Returns the count after it.
     */
    async recordFailure(subject: FailureSubject, id: string, now: number): Promise<FailureCount> {
      for (let round = 0; round < MAX_ROUNDS; round++) {
        const before = await read(subject, id);
        const after = afterFailure(before, subject, now);
        if (before.lastFailedAt === null) {
          const inserted = await db
            .insertInto('sign_in_failures')
            .values({ subject: key(subject, id), failures: after.failures, last_failed_at: now })
            .onConflict((oc) => oc.column('subject').doNothing())
            .executeTakeFirst();
          if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 1) return after;
          continue;
        }
        const updated = await db
          .updateTable('sign_in_failures')
          .set({ failures: after.failures, last_failed_at: now })
          .where('subject', '=', key(subject, id))
          .where('failures', '=', before.failures)
          .where('last_failed_at', '=', before.lastFailedAt)
          .executeTakeFirst();
        if (updated.numUpdatedRows === 1n) return after;
      }
      throw new Error('sign-in failures could not be counted');
    },

    async clear(subject: FailureSubject, id: string): Promise<void> {
      await db.deleteFrom('sign_in_failures').where('subject', '=', key(subject, id)).execute();
    },
  };
}
