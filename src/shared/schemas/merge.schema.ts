import { z } from 'zod';
import { MemberId } from './ids.schema';

/** A duplicate merged on the server, waiting for a manager to confirm it was the same person. */
export const MergeForReview = z.strictObject({
  absorbedId: MemberId,
  survivor: z
    .strictObject({ id: MemberId, name: z.string(), cardNo: z.string(), phone: z.string() })
    .nullable(),
  mergedAt: z.int(),
});
export type MergeForReview = z.infer<typeof MergeForReview>;

export const MergesForReview = z.strictObject({ merges: z.array(MergeForReview) });
export type MergesForReview = z.infer<typeof MergesForReview>;
