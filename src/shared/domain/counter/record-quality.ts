import type { MemberId } from '../../schemas/ids.schema';
import type { MemberFields } from '../../schemas/member.schema';
import { profileCompleteness } from '../programme/completeness';

/*
 * The store managers in the seeds audit profile cards that carry only a surname, no birthday, no
 * address (只有姓氏、没有生日、没有地址). A hard profile is complete when it has none of the three;
 * the rest of completeness.ts (sizes, email, the soft profile) orders the worst records.
 */

export type RecordGap = 'surname-only' | 'no-birthday' | 'no-address';

// 王 / 王女士 / 欧阳小姐: a surname alone or with a title; 王芳 is a whole name.
const SURNAME_ONLY = /^(\p{Script=Han}|\p{Script=Han}{1,2}(女士|小姐|先生|太太|阿姨))$/u;
const TITLE_ONLY = /^(ms|mrs|miss|mr)\.?\s+\S+$/i;

export function recordGaps(fields: Pick<MemberFields, 'name' | 'birthday' | 'address'>): RecordGap[] {
  const gaps: RecordGap[] = [];
  const name = fields.name.trim();
  if (SURNAME_ONLY.test(name) || TITLE_ONLY.test(name)) gaps.push('surname-only');
  if (!fields.birthday) gaps.push('no-birthday');
  if (!fields.address?.trim()) gaps.push('no-address');
  return gaps;
}

export interface RecordToComplete {
  id: MemberId;
  name: string;
  gaps: RecordGap[];
  /** Profile completeness 0–100 (completeness.ts). */
  score: number;
}

export interface RecordQuality {
  total: number;
  complete: number;
  /** complete ÷ total; null for an empty client book. */
  share: number | null;
  /** Most gaps first, then the least complete profile. */
  worst: RecordToComplete[];
}

export function recordQuality(
  members: readonly { id: MemberId; fields: MemberFields }[],
  worstCount = 10,
): RecordQuality {
  const incomplete: RecordToComplete[] = [];
  for (const m of members) {
    const gaps = recordGaps(m.fields);
    if (gaps.length > 0)
      incomplete.push({ id: m.id, name: m.fields.name, gaps, score: profileCompleteness(m.fields).score });
  }
  incomplete.sort((a, b) => b.gaps.length - a.gaps.length || a.score - b.score);
  const complete = members.length - incomplete.length;
  return {
    total: members.length,
    complete,
    share: members.length === 0 ? null : complete / members.length,
    worst: incomplete.slice(0, worstCount),
  };
}
