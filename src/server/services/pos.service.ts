import { localDayIn } from '../../shared/domain/time-zone';
import { dayKey } from '../../shared/domain/till-day';
import type { TillDaysAnswer, TillDaysPost } from '../../shared/schemas/pos.schema';
import { ApiError } from '../http/api-error';
import type { AuthedPosKey } from '../auth/pos-auth';
import { auditLine } from '../audit/audit-line';
import { fieldRecordAudit, putFieldRecordEdit } from '../sync/field-record-edit';
import type { ServiceDeps } from './service-deps';

/** The audit lines' and the clocks' name for what the till wrote (decision 0016). */
const SOURCE = 'pos';

/** A till posting its daily figures with the store's POS key (issue 13). */
export function posService({ data, clock }: ServiceDeps) {
  return {
    /**
     * Take a post once: each day lands in the store's tillDay record of that day, with the post's
     * id, in one store-locked transaction, so a post is taken with its days or not at all.
     * `changed` says whether the store's tablets have something new to pull.
     */
    async postTillDays(
      key: AuthedPosKey,
      post: TillDaysPost,
    ): Promise<{ answer: TillDaysAnswer; changed: boolean }> {
      // Security: a key posts for its own store only, whatever the body names.
      if (post.storeId !== undefined && post.storeId !== key.storeId) throw new ApiError(403, 'forbidden');
      const now = clock();
      // "Today" is the store's, in its own time zone: a till in Shanghai posting at 07:00 is not a day ahead.
      const today = dayKey(localDayIn((await data.storeSettings.of(key.storeId)).timeZone, now));
      // Day keys are zero-padded YYYY-MM-DD, so they compare as text in calendar order.
      post.days.forEach((d, i) => {
        if (d.day > today) throw new ApiError(422, 'day-in-future', `days.${i}.day`);
      });
      const outcome = await data.inStoreTransaction(key.storeId, now, async (tx) => {
        const first = await tx.posPosts.take({
          storeId: key.storeId,
          postId: post.postId,
          keyId: key.keyId,
          days: post.days.length,
          now,
        });
        if (!first) return { taken: false, changed: false };
        const actor = { storeId: key.storeId, deviceId: null, staffId: null };
        const lines = [];
        for (const { day, salesFen, tickets, pieces } of post.days) {
          // The store's next clock: above every edit it has applied, below any a tablet makes later.
          const hlc = tx.serverClock(`server:${SOURCE}`);
          const fields = await putFieldRecordEdit(tx, 'tillDay', day, { salesFen, tickets, pieces }, hlc);
          if (fields.length > 0) lines.push(fieldRecordAudit(actor, 'tillDay', day, fields, now, SOURCE));
        }
        const detail = { keyId: key.keyId, days: post.days.length, changed: lines.length };
        lines.push(auditLine(actor, 'pos.till-days', now, { detail }));
        await tx.audit.append(lines, now);
        await tx.posKeys.touch(key.keyId, now);
        await tx.saveClock();
        return { taken: true, changed: lines.length > 1 };
      });
      // The key's store is gone: the key is as good as none.
      if (!outcome) throw new ApiError(401, 'unauthenticated');
      return {
        answer: {
          postId: post.postId,
          status: outcome.taken ? 'taken' : 'already-taken',
          days: post.days.length,
        },
        changed: outcome.changed,
      };
    },
  };
}
