import { z } from 'zod';
import { daysInMonth, type CalendarDay } from '../domain/calendar-day';
import { Fen } from './event.schema';
import { StoreId } from './ids.schema';
import { plainText } from './text.schema';

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

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A `YYYY-MM-DD` day as a calendar day, or null when it is not a day of the calendar. */
export function parseDayText(text: string): CalendarDay | null {
  const m = DAY.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 2000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** A store-local day as the till writes it: `2026-12-04`. */
export const DayText = z
  .string()
  .regex(DAY, { message: 'date' })
  .refine((t) => parseDayText(t) !== null, { message: 'date' });

/** One day's whole-store figures from the till. */
export const TillDayFigures = z.strictObject({
  day: DayText,
  /** The till's sales of the day in fen (¥1 = 100). */
  salesFen: Fen,
  tickets: z.int().min(0).max(100_000),
  pieces: z.int().min(0).max(1_000_000),
});
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
