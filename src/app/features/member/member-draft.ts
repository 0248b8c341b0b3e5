import { z } from 'zod';
import { MemberFields, SizeCategory } from '../../../shared/schemas/member.schema';
import { invalidReason } from '../../../shared/schemas/invalid-reason';
import { normalisePhone } from '../../../shared/domain/phone';
import { emptyAs } from '../../ui/form/empty-as';
import { BirthdayDraftValue, birthdayDraftOf } from './birthday-draft';

const F = MemberFields.shape;

/** An optional text: left empty, it is none. */
const orNone = emptyAs(null);

/** One of a list, or "not set". */
const choice = <T extends z.ZodType<unknown, string | null>>(field: T) =>
  z
    .string()
    .transform((picked) => (picked === '' ? null : picked))
    .pipe(field);

/** A list typed on one line, split at commas (either width) or 、, refused as a whole field. */
const listOf = <T extends z.ZodType>(field: T) =>
  z.string().transform((typed, ctx) => {
    const parsed = field.safeParse(
      typed
        .split(/[,，、]/)
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    );
    if (parsed.success) return parsed.data;
    ctx.issues.push({ code: 'custom', message: invalidReason(parsed.error.issues[0]), input: typed });
    return z.NEVER;
  });

/**
 * Her essentials as the edit form holds them. Her number is null while it stays masked (an
 * associate has not revealed it): it is then not edited.
 */
export const HardValues = z.object({
  name: F.name,
  preferredName: orNone(F.preferredName.unwrap()),
  gender: F.gender,
  phone: z
    .string()
    .nullable()
    .transform((typed) => (typed === null ? null : (normalisePhone(typed) ?? typed)))
    .pipe(F.phone.nullable()),
  birthday: BirthdayDraftValue,
  email: orNone(F.email),
  address: orNone(F.address),
  sizes: F.sizes,
});

/** What she likes and how she is best served, as the edit form holds it. */
export const SoftValues = z.object({
  job: orNone(F.job),
  family: choice(F.family),
  personality: choice(F.personality),
  styles: F.styles,
  hobbies: listOf(F.hobbies),
  preferredService: choice(F.preferredService),
  promotionReceptiveness: choice(F.promotionReceptiveness),
  preferences: listOf(F.preferences),
  dislikes: listOf(F.dislikes),
  softNotes: orNone(F.softNotes),
});

export function hardDraftOf(f: MemberFields, phoneShown: boolean): z.input<typeof HardValues> {
  return {
    name: f.name,
    preferredName: f.preferredName ?? '',
    gender: f.gender,
    phone: phoneShown ? f.phone : null,
    birthday: birthdayDraftOf(f.birthday),
    email: f.email ?? '',
    address: f.address ?? '',
    sizes: Object.fromEntries(SizeCategory.options.map((c) => [c, f.sizes[c] ?? ''])),
  };
}

export function softDraftOf(f: MemberFields): z.input<typeof SoftValues> {
  return {
    job: f.job ?? '',
    family: f.family ?? '',
    personality: f.personality ?? '',
    styles: [...f.styles],
    hobbies: f.hobbies.join('，'),
    preferredService: f.preferredService ?? '',
    promotionReceptiveness: f.promotionReceptiveness ?? '',
    preferences: f.preferences.join('，'),
    dislikes: f.dislikes.join('，'),
    softNotes: f.softNotes ?? '',
  };
}

/** The edit her checked essentials ask for: her number only when it was shown, sizes only where given. */
export function hardEditOf(v: z.output<typeof HardValues>): Partial<MemberFields> {
  const { phone, sizes, ...rest } = v;
  return {
    ...rest,
    ...(phone !== null && { phone }),
    sizes: Object.fromEntries(Object.entries(sizes).filter(([, size]) => size !== '')),
  };
}
