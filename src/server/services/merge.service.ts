import type { MemberId } from '../../shared/schemas/ids.schema';
import type { MergesForReview } from '../../shared/schemas/merge.schema';
import { ApiError } from '../http/api-error';
import type { AuthedDevice } from '../auth/device-auth';
import type { AuthedStaff } from '../auth/staff-session';
import { auditLine } from '../audit/audit-line';
import type { ServiceDeps } from './service-deps';

const REVIEW_PAGE = 200;

/**
 * Duplicates the server merged, for a manager to look over. The reviewer is the manager or
 * owner behind the staff session (decision 0008), never a name in the body.
 */
export function mergeService({ data, clock }: ServiceDeps) {
  return {
    async awaitingReview(device: AuthedDevice): Promise<MergesForReview> {
      const merges = await data.merges.awaitingReview(device.storeId, REVIEW_PAGE);
      return {
        merges: merges.map((m) => ({
          absorbedId: m.absorbedId as MemberId,
          mergedAt: m.mergedAt,
          survivor: m.survivor && {
            id: m.survivor.id,
            name: m.survivor.fields.name,
            cardNo: m.survivor.fields.cardNo,
            phone: m.survivor.fields.phone,
          },
        })),
      };
    },

    /** Confirm a merge once; only the first confirmation is audited. */
    async review(device: AuthedDevice, reviewer: AuthedStaff, id: string): Promise<void> {
      const now = clock();
      const outcome = await data.merges.review(device.storeId, id, reviewer.staffId, now);
      if (outcome === 'not-found') throw new ApiError(404, 'not-found');
      if (outcome === 'reviewed') {
        const actor = { ...device, staffId: reviewer.staffId };
        await data.audit.append([auditLine(actor, 'merge.review', now, { memberId: id })], now);
      }
    },
  };
}
