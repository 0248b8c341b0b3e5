import { z } from 'zod';
import { StoreId } from './ids.schema';
import { plainText } from './text.schema';
import { DayKey, TillDayFields } from './till-day.schema';

/** A POS key as the owner lists it: never the key itself, which is shown once when issued. */
export const PosKeySummary = z.strictObject({
  id: z.uuid(),
  label: z.string(),
  storeId: StoreId,
  storeName: z.string(),
  createdAt: z.int(),
  lastUsedAt: z.int().nullable(),
  revokedAt: z.int().nullable(),
});
export type PosKeySummary = z.infer<typeof PosKeySummary>;

/** GET /api/pos-keys (owner): the store's keys, newest first, revoked ones too. */
export const PosKeyList = z.strictObject({ keys: z.array(PosKeySummary) });
export type PosKeyList = z.infer<typeof PosKeyList>;

/** POST /api/pos-keys (owner): a key for the store's till, named so the owner knows which till it is. */
export const NewPosKey = z.strictObject({
  label: plainText(40).pipe(z.string().min(1, { message: 'required' })),
});
export type NewPosKey = z.infer<typeof NewPosKey>;

/** The key, this once: only its hash is kept. */
export const IssuedPosKey = PosKeySummary.extend({ key: z.string() });
export type IssuedPosKey = z.infer<typeof IssuedPosKey>;

/** One day's whole-store figures from the till: the tillDay record's fields (decision 0016) and its day. */
export const TillDayFigures = TillDayFields.extend({ day: DayKey });
export type TillDayFigures = z.infer<typeof TillDayFigures>;

export const MAX_TILL_DAYS_A_POST = 366;

/**
 * POST /api/pos/till-days: the till's figures of one or more days. `postId` is the till's own id
 * of this post: sent again (a retry after a lost answer), it is taken once. `storeId`, when
 * given, must be the key's store.
 */
export const TillDaysPost = z
  .strictObject({
    postId: z
      .string()
      .min(1)
      .max(100)
      .regex(/^[A-Za-z0-9._:-]+$/),
    storeId: StoreId.optional(),
    days: z.array(TillDayFigures).min(1).max(MAX_TILL_DAYS_A_POST),
  })
  .superRefine((post, ctx) => {
    const seen = new Set<string>();
    post.days.forEach((d, i) => {
      if (seen.has(d.day)) ctx.addIssue({ code: 'custom', message: 'duplicate', path: ['days', i, 'day'] });
      seen.add(d.day);
    });
  });
export type TillDaysPost = z.infer<typeof TillDaysPost>;

/** What became of a post: `taken` the first time, `already-taken` when the same postId came before. */
export const TillDaysAnswer = z.strictObject({
  postId: z.string(),
  status: z.enum(['taken', 'already-taken']),
  days: z.int(),
});
export type TillDaysAnswer = z.infer<typeof TillDaysAnswer>;
