import { z } from 'zod';
import { MemberFields, SizeCategory } from '../../../shared/schemas/member.schema';
import { normalisePhone } from '../../../shared/domain/phone';
import { BirthdayDraftValue, birthdayDraftOf } from './birthday-draft';

/**
 * What the sign-up form asks, checked by the member schema's own fields. Her number is read as
 * staff type it (+86, spaces, full-width digits); her consent to keep the record is a must.
 */
export const SignUpValues = z.object({
  name: MemberFields.shape.name,
  phone: z
    .string()
    .transform((typed) => normalisePhone(typed) ?? typed)
    .pipe(MemberFields.shape.phone),
  gender: MemberFields.shape.gender,
  birthday: BirthdayDraftValue,
  sizes: MemberFields.shape.sizes,
  keepRecord: z.boolean().refine((given) => given, { message: 'required' }),
  marketing: z.boolean(),
});

export const BLANK_SIGN_UP: z.input<typeof SignUpValues> = {
  name: '',
  phone: '',
  gender: 'female',
  birthday: birthdayDraftOf(null),
  sizes: Object.fromEntries(SizeCategory.options.map((c) => [c, ''])),
  keepRecord: false,
  marketing: false,
};
