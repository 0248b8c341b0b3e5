import {
  FamilySituation,
  Gender,
  MemberFields,
  Personality,
  PreferredService,
  PromotionReceptiveness,
  SizeCategory,
  StyleTag,
} from '../../../shared/schemas/member.schema';
import { invalidReason, type InvalidReason } from '../../../shared/schemas/invalid-reason';
import { normalisePhone } from '../../../shared/domain/phone';
import { birthdayDraftOf, birthdayOfDraft, type BirthdayDraft } from './birthday-draft';

export type Section = 'hard' | 'soft';

/** One section of her profile as the edit form holds it. */
export interface Draft {
  text: Record<string, string | string[]>;
  birthday: BirthdayDraft;
  /** Null while her number stays masked (an associate has not revealed it): it is then not edited. */
  phone: string | null;
}

/** What is wrong, field by field (sizes as `size.<category>`), all at once. */
export type Problems = Partial<Record<string, InvalidReason>>;

const EDITABLE = MemberFields.partial();

const list = (text: string | string[]) =>
  (Array.isArray(text) ? text : text.split(/[,，、]/)).map((s) => s.trim()).filter((s) => s !== '');

export function draftOf(f: MemberFields, section: Section, phoneShown: boolean): Draft {
  const birthday = birthdayDraftOf(f.birthday);
  if (section === 'hard')
    return {
      text: {
        name: f.name,
        gender: f.gender,
        email: f.email ?? '',
        address: f.address ?? '',
        ...Object.fromEntries(SizeCategory.options.map((c) => [`size.${c}`, f.sizes[c] ?? ''])),
      },
      birthday,
      phone: phoneShown ? f.phone : null,
    };
  return {
    text: {
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
    },
    birthday,
    phone: null,
  };
}

/** The edit a draft asks for, checked by the same schema the server uses, or every field that is wrong. */
export function editOf(d: Draft, section: Section): { edit: Partial<MemberFields> } | { problems: Problems } {
  const text = (k: string) => String(d.text[k] ?? '').trim();
  const orNull = (k: string) => (text(k) === '' ? null : text(k));
  const problems: Problems = {};
  let edit: Partial<MemberFields>;
  if (section === 'hard') {
    const born = birthdayOfDraft(d.birthday);
    if ('bad' in born) problems.birthday = born.bad;
    const phone = d.phone === null ? null : normalisePhone(d.phone);
    if (d.phone !== null && !phone) problems.phone = 'phone';
    edit = {
      name: text('name'),
      gender: Gender.parse(text('gender')),
      ...(phone && { phone }),
      ...('birthday' in born && { birthday: born.birthday }),
      email: orNull('email'),
      address: orNull('address'),
      sizes: Object.fromEntries(
        SizeCategory.options.flatMap((c) => (text(`size.${c}`) === '' ? [] : [[c, text(`size.${c}`)]])),
      ),
    };
  } else {
    const opt = <T extends string>(k: string, allowed: readonly T[]) =>
      allowed.includes(text(k) as T) ? (text(k) as T) : null;
    edit = {
      job: orNull('job'),
      family: opt('family', FamilySituation.options),
      personality: opt('personality', Personality.options),
      styles: list(d.text.styles ?? []).filter((s): s is MemberFields['styles'][number] =>
        (StyleTag.options as readonly string[]).includes(s),
      ),
      hobbies: list(d.text.hobbies ?? ''),
      preferredService: opt('preferredService', PreferredService.options),
      promotionReceptiveness: opt('promotionReceptiveness', PromotionReceptiveness.options),
      preferences: list(d.text.preferences ?? ''),
      dislikes: list(d.text.dislikes ?? ''),
      softNotes: orNull('softNotes'),
    };
  }
  const checked = EDITABLE.safeParse(edit);
  if (!checked.success)
    for (const issue of checked.error.issues) {
      const [field, part] = issue.path;
      const key = field === 'sizes' ? `size.${String(part)}` : String(field);
      problems[key] ??= invalidReason(issue);
    }
  return Object.keys(problems).length > 0 ? { problems } : { edit };
}
