import { daysUntil } from '../../shared/domain/calendar-day';
import { localDayIn } from '../../shared/domain/time-zone';
import {
  parseDayText,
  type TillDayFigures,
  type TillDaysAnswer,
  type TillDaysPost,
} from '../../shared/schemas/pos.schema';
import { ApiError } from '../http/api-error';
import type { AuthedPosKey } from '../auth/pos-auth';
import { auditLine } from '../audit/audit-line';
import type { Repositories } from '../repositories/repositories';
import type { ServiceDeps } from './service-deps';

/**
 * Where a post's days land: the store's till-day record of each day, written inside the post's
 * transaction so a post is taken with its days or not at all. Returns whether anything changed.
 */
export type LandTillDays = (
  tx: Repositories,
  storeId: string,
  days: readonly TillDayFigures[],
  now: number,
) => Promise<boolean>;

/** A till posting its daily figures with the store's POS key (issue 13). */
export function posService({ data, clock }: ServiceDeps, land: LandTillDays) {
  return {
    /** Take a post once; `changed` says whether the store's tablets have something new to pull. */
    async postTillDays(
      key: AuthedPosKey,
      post: TillDaysPost,
    ): Promise<{ answer: TillDaysAnswer; changed: boolean }> {
      // Security: a key posts for its own store only, whatever the body names.
      if (post.storeId !== undefined && post.storeId !== key.storeId) throw new ApiError(403, 'forbidden');
      const now = clock();
      // "Today" is the store's, in its own time zone: a till in Shanghai posting at 07:00 is not a day ahead.
      const today = localDayIn((await data.storeSettings.of(key.storeId)).timeZone, now);
      post.days.forEach((d, i) => {
        const day = parseDayText(d.day);
        if (day === null || daysUntil(today, day) > 0)
          throw new ApiError(422, 'day-in-future', `days.${i}.day`);
      });
      const changed = await data.inTransaction(async (tx) => {
        const first = await tx.posPosts.take({
          storeId: key.storeId,
          postId: post.postId,
          keyId: key.keyId,
          days: post.days.length,
          now,
        });
        if (!first) return null;
        const landed = await land(tx, key.storeId, post.days, now);
        await tx.posKeys.touch(key.keyId, now);
        const actor = { storeId: key.storeId, deviceId: null, staffId: null };
        const detail = { keyId: key.keyId, days: post.days.length };
        await tx.audit.append([auditLine(actor, 'pos.till-days', now, { detail })], now);
        return landed;
      });
      return {
        answer: {
          postId: post.postId,
          status: changed === null ? 'already-taken' : 'taken',
          days: post.days.length,
        },
        changed: changed === true,
      };
    },
  };
}
