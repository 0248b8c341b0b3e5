import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { readSearchQuery } from '../../shared/domain/search-query';
import { phoneTail } from '../../shared/domain/phone';
import { buildMemberIndex, MemberIndex, type IndexedMember } from './member-index';
import { generateRoster, memberIdOf } from '../../../tests/fixtures/member-roster';

const NOW = 1_800_000_000_000;
const DAY = 86_400_000;

function member(n: number, overrides: Partial<IndexedMember> = {}): IndexedMember {
  return {
    id: memberIdOf(n),
    name: '张晓梅',
    phone: `1380013${String(n).padStart(4, '0')}`,
    cardNo: String(100_000_000_000 + n),
    pinyin: 'zhangxiaomei',
    initials: 'zxm',
    lastVisitAt: 0,
    createdAt: NOW - 1000 * DAY,
    birthday: null,
    ownerStaffId: null,
    ...overrides,
  };
}

const names = (index: MemberIndex, typed: string, limit?: number) =>
  index.search(readSearchQuery(typed), limit).members.map((m) => m.name);

describe('MemberIndex.search', () => {
  const index = buildMemberIndex([
    member(1, { name: '张晓梅', phone: '13800138000', lastVisitAt: NOW - 30 * DAY }),
    member(2, { name: '张晓明', pinyin: 'zhangxiaoming', phone: '13912348000', lastVisitAt: NOW - DAY }),
    member(3, { name: '赵小曼', pinyin: 'zhaoxiaoman', phone: '13688008001', lastVisitAt: NOW }),
    member(4, { name: '李安', pinyin: 'lian', initials: 'la', phone: '15000001234', cardNo: '100000000040' }),
    member(5, { name: '张晓', pinyin: 'zhangxiao', initials: 'zx' }),
  ]);

  test('finds members by the last four digits of their phone, most recent visit first', () => {
    expect(names(index, '8000')).toEqual(['张晓明', '张晓梅']);
  });

  test('finds a member by her whole phone however it is written', () => {
    expect(names(index, '+86 138-0013-8000')).toEqual(['张晓梅']);
  });

  test('finds a member by her card number, typed or scanned', () => {
    expect(names(index, '1000 0000 0040')).toEqual(['李安']);
    expect(names(index, 'FLOORBOOK:M:100000000040')).toEqual(['李安']);
  });

  test('finds members by part of a phone, and by the start of a card number', () => {
    expect(names(index, '88008')).toEqual(['赵小曼']);
    expect(names(index, '1000000000')).toEqual(['赵小曼', '张晓明', '张晓梅', '张晓', '李安']);
  });

  test('puts exact initials first, then other matches by recency', () => {
    const result = index.search(readSearchQuery('zx'));
    expect(result.members.map((m) => m.name)).toEqual(['张晓', '赵小曼', '张晓明', '张晓梅']);
    expect(result.exact).toBe(1);
    expect(names(index, 'zxm')).toEqual(['赵小曼', '张晓明', '张晓梅']);
    expect(names(index, 'zhangxm')).toEqual(['张晓明', '张晓梅']);
    expect(names(index, 'zhangxiaomei')).toEqual(['张晓梅']);
  });

  test('finds members by part of their name, an exact name first', () => {
    expect(names(index, '晓')).toEqual(['张晓明', '张晓梅', '张晓']);
    expect(names(index, '张晓')).toEqual(['张晓', '张晓明', '张晓梅']);
    expect(names(index, '李安')).toEqual(['李安']);
  });

  test('stops at the limit and says that more match', () => {
    const result = index.search(readSearchQuery('1'), 2);
    expect(result.members.map((m) => m.name)).toEqual(['赵小曼', '张晓明']);
    expect(result.more).toBe(true);
    expect(index.search(readSearchQuery('1'), 5).more).toBe(false);
  });

  test('answers nothing for an empty query or an unknown key', () => {
    expect(index.search(readSearchQuery('')).members).toEqual([]);
    expect(index.search(readSearchQuery('9999')).members).toEqual([]);
    expect(index.search(readSearchQuery('王')).members).toEqual([]);
  });
});

describe('MemberIndex.search ranks closer matches first', () => {
  const index = buildMemberIndex([
    member(1, { name: '程静', pinyin: 'chengjing', initials: 'cj', phone: '13912340001', lastVisitAt: NOW }),
    member(2, {
      name: '陈静',
      pinyin: 'chenjing',
      initials: 'cj',
      phone: '13800139123',
      lastVisitAt: NOW - DAY,
    }),
    member(3, { name: '小陈', pinyin: 'xiaochen', initials: 'xc', phone: '13700000002', lastVisitAt: NOW }),
  ]);

  test('whole pinyin syllables before a syllable begun', () => {
    expect(names(index, 'chen')).toEqual(['陈静', '程静']);
    expect(names(index, 'chenjing')).toEqual(['陈静', '程静']);
  });

  test('a name that starts with the text before one that holds it', () => {
    expect(names(index, '陈')).toEqual(['陈静', '小陈']);
  });

  test('a phone that starts with the digits before one that holds them', () => {
    expect(names(index, '139123')).toEqual(['程静', '陈静']);
    expect(names(index, '00139')).toEqual(['陈静']);
  });
});

describe('MemberIndex.apply', () => {
  test('a renamed member is found by her new name only', () => {
    const index = buildMemberIndex([member(1)]);
    index.apply([member(1, { name: '张小美', pinyin: 'zhangxiaomei', initials: 'zxm' })]);
    expect(names(index, '晓梅')).toEqual([]);
    expect(names(index, '小美')).toEqual(['张小美']);
    expect(index.size).toBe(1);
  });

  test('a new visit moves a member to the top', () => {
    const index = buildMemberIndex([
      member(1, { name: '甲', lastVisitAt: NOW - DAY }),
      member(2, { name: '乙', lastVisitAt: NOW - 2 * DAY }),
    ]);
    index.apply([member(2, { name: '乙', lastVisitAt: NOW })]);
    expect(names(index, '13800')).toEqual(['乙', '甲']);
  });

  test('a removed member is found no more, and her slot serves the next one', () => {
    const index = buildMemberIndex([member(1, { name: '甲' }), member(2, { name: '乙' })]);
    expect(index.apply([], [memberIdOf(1)])).toBe(true);
    expect(names(index, '13800')).toEqual(['乙']);
    index.apply([member(3, { name: '丙', phone: '13800130001' })]);
    expect(names(index, '0001')).toEqual(['丙']);
    expect(index.get(memberIdOf(1))).toBeUndefined();
    expect(index.size).toBe(2);
  });

  test('reports no change when a row is written again as it was', () => {
    const index = buildMemberIndex([member(1)]);
    expect(index.apply([member(1)])).toBe(false);
    expect(index.apply([], [memberIdOf(9)])).toBe(false);
  });

  test('gives the answers of an index built at once, however the changes came in', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.constantFrom(300, 700),
        fc.integer({ min: 1, max: 400 }),
        fc.array(fc.nat(), { maxLength: 300 }),
        fc.array(fc.nat(), { maxLength: 120 }),
        (seed, size, batch, revisits, removals) => {
          const everyone = generateRoster(size + 300, { seed, now: NOW });
          const roster = everyone.slice(0, size);
          const newcomers = everyone.slice(size);
          const revisited = new Set(revisits.map((n) => n % size));
          const changed = roster.map((m, i) => (revisited.has(i) ? { ...m, lastVisitAt: NOW + i } : m));
          const gone = new Set(removals.map((n) => memberIdOf(n % size)));
          const expected = buildMemberIndex([...changed.filter((m) => !gone.has(m.id)), ...newcomers]);
          const stepwise = new MemberIndex();
          for (let i = 0; i < size; i += batch) stepwise.apply(roster.slice(i, i + batch));
          stepwise.apply(changed.filter((_, i) => revisited.has(i)));
          stepwise.apply([], [...gone]);
          // Newcomers take the slots the removed members freed.
          for (let i = 0; i < newcomers.length; i += batch) stepwise.apply(newcomers.slice(i, i + batch));
          for (const typed of ['1', '13', '0001', 'z', 'wl', 'zhang', '王', '丽', '100000000', 'nothing']) {
            const q = readSearchQuery(typed);
            expect(stepwise.search(q, 40), typed).toEqual(expected.search(q, 40));
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('every member is found by each of her keys', () => {
  test('phone tail, card number, initials, full pinyin and name', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.nat(), (seed, pick) => {
        const roster = generateRoster(500, { seed, now: NOW });
        const her = roster[pick % roster.length] as IndexedMember;
        const index = buildMemberIndex(roster);
        for (const typed of [
          phoneTail(her.phone),
          her.phone,
          her.cardNo,
          her.initials,
          her.pinyin,
          her.name,
        ]) {
          const result = index.search(readSearchQuery(typed), roster.length);
          const at = result.members.findIndex((m) => m.id === her.id);
          expect(at, typed).toBeGreaterThanOrEqual(0);
          expect(at, `${typed} is an exact match`).toBeLessThan(result.exact);
        }
      }),
      { numRuns: 50 },
    );
  });
});
