import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { profileCompleteness } from './completeness';
import type { MemberFields } from '../../schemas/member.schema';
import type { StaffId } from '../../schemas/ids.schema';
import { memberFields } from '../../../../tests/fixtures/factories';

const thin: MemberFields = memberFields({
  cardNo: '100000000008',
  name: '张',
  gender: 'unspecified',
  birthday: null,
  sizes: {},
  consent: {
    record: true,
    marketing: false,
    noticeVersion: '2026-01',
    language: 'zh-CN',
    at: 0,
    staffId: '0190d000-0000-7000-8000-000000000002' as StaffId,
  },
});
const full: MemberFields = {
  ...thin,
  gender: 'female',
  birthday: { calendar: 'lunar', month: 8, day: 15 },
  email: 'a@b.cn',
  address: '上海',
  sizes: { tops: 'M' },
  job: '教师',
  family: 'married',
  personality: 'outgoing',
  styles: ['casual'],
  hobbies: ['瑜伽'],
  preferredService: 'space',
  promotionReceptiveness: 'low',
  preferences: ['真丝'],
};

describe('profile completeness', () => {
  test('a card with only a surname and a phone names what is missing, soft profile first', () => {
    const r = profileCompleteness(thin);
    expect(r.score).toBe(6);
    expect(r.missing.slice(0, 2)).toEqual(['preferences', 'styles']);
    expect(r.missing).toContain('birthday');
    expect(r.missing).not.toContain('name');
  });

  test('100 exactly when nothing is missing, and never otherwise', () => {
    expect(profileCompleteness(full)).toEqual({ score: 100, missing: [] });
    const optional = [
      'birthday',
      'email',
      'address',
      'job',
      'family',
      'personality',
      'preferredService',
      'promotionReceptiveness',
    ] as const;
    fc.assert(
      fc.property(fc.subarray([...optional], { minLength: 1 }), (blank) => {
        const r = profileCompleteness({ ...full, ...Object.fromEntries(blank.map((k) => [k, null])) });
        expect(r.score).toBeLessThan(100);
        expect(new Set(r.missing)).toEqual(new Set(blank));
      }),
    );
  });
});
