import { describe, expect, test } from 'vitest';
import type { TierId } from '../../../shared/domain/programme/rules';
import type { MemberId } from '../../../shared/schemas/ids.schema';
import { sortBook, type BookEntry } from './book-order';

const RANK: Record<TierId, number> = { member: 0, silver: 1, gold: 2, diamond: 3 };
const rank = (t: TierId) => RANK[t];

function entry(
  name: string,
  o: { visit?: number; birthdayIn?: number | null; tier?: TierId; spend?: number },
) {
  return {
    member: {
      id: name as MemberId,
      name,
      phone: '',
      cardNo: '',
      pinyin: '',
      initials: '',
      lastVisitAt: o.visit ?? 0,
      createdAt: 0,
      birthday: null,
      ownerStaffId: null,
    },
    birthdayIn: o.birthdayIn ?? null,
    figures: o.tier === undefined ? undefined : { tier: o.tier, totalSpend: o.spend ?? 0 },
  } satisfies BookEntry;
}

const names = (list: BookEntry[]) => list.map((e) => e.member.name);

describe('sortBook', () => {
  const book = [
    entry('甲', { visit: 3, birthdayIn: 40, tier: 'silver', spend: 600_000 }),
    entry('乙', { visit: 9, birthdayIn: 2, tier: 'gold', spend: 2_500_000 }),
    entry('丙', { visit: 0, birthdayIn: null, tier: 'silver', spend: 900_000 }),
    entry('丁', { visit: 5, birthdayIn: 0 }),
  ];

  test('puts the highest tier first, the bigger spender first within a tier, unread figures last', () => {
    expect(names(sortBook(book, 'tier', rank))).toEqual(['乙', '丙', '甲', '丁']);
  });

  test('puts the latest visit first and those who never came last', () => {
    expect(names(sortBook(book, 'lastVisit', rank))).toEqual(['乙', '丁', '甲', '丙']);
  });

  test('puts the nearest birthday first, today before all, and no birthday last', () => {
    expect(names(sortBook(book, 'birthday', rank))).toEqual(['丁', '乙', '甲', '丙']);
  });

  test('puts the highest spend first', () => {
    expect(names(sortBook(book, 'spend', rank))).toEqual(['乙', '丙', '甲', '丁']);
  });
});
