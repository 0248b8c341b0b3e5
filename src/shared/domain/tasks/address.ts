import type { Gender } from '../../schemas/member.schema';

/*
 * How a message addresses her: surname and 女士/先生 as associates write (张女士), Ms./Mr. in
 * English. With no gender given, her full name, which is never wrong. A name she asked for comes first.
 */

// The two-character surnames staff meet; any other name takes its first character.
const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '慕容',
  '令狐',
  '尉迟',
  '公孙',
  '夏侯',
  '长孙',
  '司徒',
  '宇文',
];

export function surnameOf(name: string): string {
  const trimmed = name.trim();
  // A Latin-letter name (Anna Li) is written given name first.
  if (/^[A-Za-z][A-Za-z .'-]*$/.test(trimmed)) return trimmed.split(/\s+/).at(-1) ?? trimmed;
  return (
    COMPOUND_SURNAMES.find((s) => trimmed.startsWith(s) && trimmed.length > s.length) ?? trimmed.slice(0, 1)
  );
}

export function formOfAddress(
  name: string,
  gender: Gender,
  language: 'zh' | 'en',
  /** What she asked to be called: used as written, in either language. */
  preferredName?: string | null,
): string {
  const preferred = preferredName?.trim() ?? '';
  if (preferred !== '') return preferred;
  if (gender === 'unspecified') return name.trim();
  const surname = surnameOf(name);
  if (language === 'en') return `${gender === 'female' ? 'Ms.' : 'Mr.'} ${surname}`;
  return `${surname}${gender === 'female' ? '女士' : '先生'}`;
}
