import type { TierId } from '../../../shared/domain/programme/rules';
import type { IndexedMember } from '../../search/member-index';
import type { MemberFigures } from '../../search/member-figures';

export type BookSort = 'tier' | 'lastVisit' | 'birthday' | 'spend';
export const BOOK_SORTS: readonly BookSort[] = ['tier', 'lastVisit', 'birthday', 'spend'];

/** One line of a client book: the member, days to her next birthday, and her figures once read. */
export interface BookEntry {
  member: IndexedMember;
  /** Days from today to her next birthday (solar or lunar); null when none is on file. */
  birthdayIn: number | null;
  figures: MemberFigures | undefined;
}

/**
 * The book in the chosen order, best first: highest tier (then spend), latest visit, nearest
 * birthday, highest spend. Members without the figure (no birthday, never came, figures still
 * being read) go last; ties keep name order, so the list never jumps about.
 */
export function sortBook(
  entries: readonly BookEntry[],
  sort: BookSort,
  tierRank: (tier: TierId) => number,
): BookEntry[] {
  const spend = (e: BookEntry) => e.figures?.totalSpend ?? -1;
  const key: Record<BookSort, (e: BookEntry) => number> = {
    tier: (e) => (e.figures ? tierRank(e.figures.tier) : -1),
    lastVisit: (e) => e.member.lastVisitAt,
    birthday: (e) => (e.birthdayIn === null ? -Infinity : -e.birthdayIn),
    spend,
  };
  const primary = key[sort];
  return [...entries].sort(
    (a, b) =>
      primary(b) - primary(a) ||
      (sort === 'tier' ? spend(b) - spend(a) : 0) ||
      a.member.name.localeCompare(b.member.name, 'zh-CN'),
  );
}
