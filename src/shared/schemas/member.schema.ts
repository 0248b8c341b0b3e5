import { z } from 'zod';
import { MemberId, StaffId } from './ids.schema';
import { noteText, plainText } from './text.schema';
import { daysInMonth } from '../domain/calendar-day';

export const Gender = z.enum(['female', 'male', 'unspecified']);
export type Gender = z.infer<typeof Gender>;

/**
 * A birthday kept in the solar or the lunar (农历) calendar; the year is optional (many give only
 * month and day). Only real days pass: no 31 April, 29 February only in a leap year (or with no
 * year given), lunar days up to 30 (a lunar month has 29 or 30), and a leap month (闰月) only in
 * the lunar calendar. Whether a given lunar year has that day is left to the birthday board,
 * which moves it (birthday.ts): the table for it is too large for the schema.
 */
const BirthdayParts = z.strictObject({
  calendar: z.enum(['solar', 'lunar']),
  year: z.int().min(1900).max(2100).optional(),
  month: z.int().min(1).max(12),
  day: z.int().min(1).max(31),
  /** Lunar only: the birthday falls in a leap month (闰月). */
  leapMonth: z.boolean().optional(),
});
export const Birthday = BirthdayParts.refine(isRealBirthday, { message: 'date' });

function isRealBirthday(b: z.infer<typeof BirthdayParts>): boolean {
  if (b.calendar === 'lunar') return b.day <= 30;
  // 2000 was a leap year: with no year given, 29 February stands.
  return b.leapMonth !== true && b.day <= daysInMonth(b.year ?? 2000, b.month);
}
export type Birthday = z.infer<typeof Birthday>;

/** Size categories the store sells; each member keeps one size per category. */
export const SizeCategory = z.enum(['tops', 'bottoms', 'dresses', 'shoes', 'outerwear', 'accessories']);
export type SizeCategory = z.infer<typeof SizeCategory>;

export const PreferredService = z.enum(['attentive', 'space', 'expert-advice', 'quick']);
export const PromotionReceptiveness = z.enum(['high', 'medium', 'low']);
export const Personality = z.enum(['outgoing', 'reserved', 'decisive', 'hesitant', 'detail-minded']);
export const FamilySituation = z.enum(['single', 'married', 'married-with-children', 'other']);
export const StyleTag = z.enum(['casual', 'business', 'elegant', 'sporty', 'minimal', 'trendy', 'classic']);

export const Consent = z.strictObject({
  /** Consent to keep the member record at all (PIPL 13–14). */
  record: z.boolean(),
  /** Separate consent to marketing messages; refusing never blocks membership. */
  marketing: z.boolean(),
  noticeVersion: z.string().min(1).max(20),
  language: z.enum(['zh-CN', 'en']),
  at: z.int().nonnegative(),
  staffId: StaffId,
});
export type Consent = z.infer<typeof Consent>;

/**
 * The member fields staff edit. Each key is one unit of last-writer-wins merging:
 * two associates editing different keys of the same member both keep their edit.
 */
export const MemberFields = z.strictObject({
  cardNo: z.string().regex(/^\d{12}$/),
  name: plainText(40).pipe(z.string().min(1, { message: 'required' })),
  gender: Gender,
  /**
   * How she likes to be addressed in messages (张姐, Vivian), over surname and 女士/先生. Protocol 5:
   * records made before it, and by older tablets, have none.
   */
  preferredName: plainText(20).nullable().optional(),
  /** Normalised mainland mobile number, 11 digits starting with 1. */
  phone: z.string().regex(/^1\d{10}$/, { message: 'phone' }),
  birthday: Birthday.nullable(),
  email: z.email({ message: 'email' }).max(120, { message: 'too-long' }).nullable(),
  address: plainText(200).nullable(),
  sizes: z.partialRecord(SizeCategory, plainText(12)),
  job: plainText(40).nullable(),
  family: FamilySituation.nullable(),
  personality: Personality.nullable(),
  styles: z.array(StyleTag).max(7),
  hobbies: z.array(plainText(20)).max(10),
  preferredService: PreferredService.nullable(),
  promotionReceptiveness: PromotionReceptiveness.nullable(),
  preferences: z.array(plainText(30)).max(20),
  dislikes: z.array(plainText(30)).max(20),
  softNotes: noteText(500).nullable(),
  ownerStaffId: StaffId.nullable(),
  consent: Consent,
});
export type MemberFields = z.infer<typeof MemberFields>;
export type MemberFieldName = keyof MemberFields;
export const MEMBER_FIELD_NAMES = MemberFields.keyof().options;

/** A member as both sides hold it: fields plus the clock of each field's last write. */
export const MemberRecord = z.strictObject({
  id: MemberId,
  fields: MemberFields,
  /**
   * Per-field HLC of the last write, compared as strings. Only fields edited since sign-up
   * have an entry; an absent entry means `createdHlc` (keeps a record near 500 bytes, not 2 kB).
   */
  clocks: z.partialRecord(MemberFields.keyof(), z.string()),
  /** HLC of the sign-up; the earlier of two duplicates wins a merge. */
  createdHlc: z.string(),
  createdAt: z.int().nonnegative(),
});
export type MemberRecord = z.infer<typeof MemberRecord>;
