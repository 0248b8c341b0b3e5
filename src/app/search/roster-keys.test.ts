import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { decodeRosterKeys, encodeRosterKeys } from './roster-keys';
import type { IndexedMember } from './member-index';
import type { MemberId, StaffId } from '../../shared/schemas/ids.schema';

const line = fc.string({ maxLength: 12 }).map((s) => s.replace(/\n/g, ' '));
const member: fc.Arbitrary<IndexedMember> = fc.record({
  id: fc.uuid().map((s) => s as MemberId),
  name: line,
  phone: fc.stringMatching(/^1\d{10}$/),
  cardNo: fc.stringMatching(/^\d{12}$/),
  pinyin: line,
  initials: line,
  lastVisitAt: fc.integer({ min: 0, max: 4_000_000_000_000 }),
  createdAt: fc.integer({ min: 0, max: 4_000_000_000_000 }),
  birthday: fc.option(
    fc.record({
      calendar: fc.constantFrom('solar' as const, 'lunar' as const),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
    }),
    { nil: null },
  ),
  ownerStaffId: fc.option(
    fc.uuid().map((s) => s as StaffId),
    { nil: null },
  ),
});

describe('roster keys', () => {
  test('any roster comes back exactly as it was saved', () => {
    fc.assert(
      fc.property(fc.array(member, { maxLength: 40 }), (members) => {
        expect(decodeRosterKeys(encodeRosterKeys(members))).toEqual(members);
      }),
    );
  });

  test('a copy that is cut short, of another format or not a copy at all is refused', () => {
    const keys = encodeRosterKeys([
      {
        id: 'a' as MemberId,
        name: '张晓梅',
        phone: '13812345678',
        cardNo: '1',
        pinyin: 'zhangxiaomei',
        initials: 'zxm',
        lastVisitAt: 1,
        createdAt: 1,
        birthday: null,
        ownerStaffId: null,
      },
      {
        id: 'b' as MemberId,
        name: '吕',
        phone: '13912345678',
        cardNo: '2',
        pinyin: 'lv',
        initials: 'l',
        lastVisitAt: 2,
        createdAt: 2,
        birthday: null,
        ownerStaffId: null,
      },
    ]);
    expect(decodeRosterKeys({ ...keys, names: '张晓梅' })).toBeNull();
    expect(decodeRosterKeys({ ...keys, format: 1 })).toBeNull();
    expect(decodeRosterKeys({ ...keys, format: 3 })).toBeNull();
    expect(decodeRosterKeys(undefined)).toBeNull();
    expect(decodeRosterKeys({ ...keys, count: -1 })).toBeNull();
    expect(decodeRosterKeys(encodeRosterKeys([]))).toEqual([]);
  });
});
