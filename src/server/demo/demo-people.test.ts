import { describe, expect, test } from 'vitest';
import { SEARCH_EXAMPLES } from '../../shared/domain/search-examples';
import { isCardNumber } from '../../shared/domain/card-number';
import { searchKeysOf } from '../../shared/domain/search-keys';
import { MemberFields } from '../../shared/schemas/member.schema';
import { StaffId } from '../../shared/schemas/ids.schema';
import { seededRandom } from './random';
import { demoMemberFields } from './demo-people';

const STAFF = StaffId.parse('00000000-0000-7000-8000-000000000003');
const consent = {
  record: true,
  marketing: false,
  noticeVersion: '2026-01',
  language: 'zh-CN' as const,
  at: 0,
  staffId: STAFF,
};

describe('demoMemberFields', () => {
  test('makes the first member the one every search example finds', () => {
    const her = demoMemberFields(seededRandom(7), 0, '123456789012', STAFF, consent, new Date(0));
    expect(MemberFields.parse(her)).toEqual(her);
    expect(her.name).toBe(SEARCH_EXAMPLES.name);
    expect(her.phone.endsWith(SEARCH_EXAMPLES.phoneTail)).toBe(true);
    expect(her.cardNo).toBe(SEARCH_EXAMPLES.cardNo);
    expect(isCardNumber(her.cardNo)).toBe(true);
    expect(searchKeysOf(her.name).initials).toBe(SEARCH_EXAMPLES.initials);
  });

  test('gives no other member of a 2,000-member store her phone', () => {
    const r = seededRandom(7);
    const phones = Array.from(
      { length: 2000 },
      (_, i) => demoMemberFields(r, i, '123456789012', STAFF, consent, new Date(0)).phone,
    );
    expect(phones.filter((p) => p === SEARCH_EXAMPLES.phone)).toHaveLength(1);
  });
});
