import { z } from 'zod';
import { Birthday } from '../../../shared/schemas/member.schema';
import type { InvalidReason } from '../../../shared/schemas/invalid-reason';

/** A birthday as typed: month and day left empty mean "not known". */
export interface BirthdayDraft {
  calendar: 'solar' | 'lunar';
  month: string;
  day: string;
  leapMonth: boolean;
  /** Kept from her record: the forms ask for month and day only. */
  year?: number;
}

export function birthdayDraftOf(b: Birthday | null): BirthdayDraft {
  if (!b) return { calendar: 'solar', month: '', day: '', leapMonth: false };
  return {
    calendar: b.calendar,
    month: String(b.month),
    day: String(b.day),
    leapMonth: b.leapMonth === true,
    ...(b.year !== undefined && { year: b.year }),
  };
}

/** The birthday a draft asks for (null: none given), or why it cannot be one (31 February, a half-filled date). */
export function birthdayOfDraft(d: BirthdayDraft): { birthday: Birthday | null } | { bad: InvalidReason } {
  if (d.month.trim() === '' && d.day.trim() === '') return { birthday: null };
  const lunar = d.calendar === 'lunar';
  const parsed = Birthday.safeParse({
    calendar: d.calendar,
    ...(d.year !== undefined && { year: d.year }),
    month: Number(d.month),
    day: Number(d.day),
    ...(lunar && d.leapMonth && { leapMonth: true }),
  });
  return parsed.success ? { birthday: parsed.data } : { bad: 'date' };
}

/** A form's birthday field: a draft in, her `Birthday` (or null) out, refused as a whole. */
export const BirthdayDraftValue = z.custom<BirthdayDraft>().transform((draft, ctx) => {
  const born = birthdayOfDraft(draft);
  if ('birthday' in born) return born.birthday;
  ctx.issues.push({ code: 'custom', message: born.bad, input: draft });
  return z.NEVER;
});
