import { describe, expect, test } from 'vitest';
import { memberFields } from '../../../tests/fixtures/factories';
import { Birthday, MemberFields, MemberRecord } from './member.schema';
import { invalidReason } from './invalid-reason';

const refused = (b: unknown) => {
  const r = Birthday.safeParse(b);
  return r.success ? null : invalidReason(r.error.issues[0]);
};

describe('Birthday', () => {
  test('refuses days no month has: 31 February, 31 April, 30 February', () => {
    expect(refused({ calendar: 'solar', month: 2, day: 31 })).toBe('date');
    expect(refused({ calendar: 'solar', month: 2, day: 30 })).toBe('date');
    expect(refused({ calendar: 'solar', month: 4, day: 31 })).toBe('date');
    expect(refused({ calendar: 'solar', month: 12, day: 31 })).toBeNull();
  });

  test('keeps 29 February in a leap year or with no year, and refuses it in a common year', () => {
    expect(refused({ calendar: 'solar', month: 2, day: 29 })).toBeNull();
    expect(refused({ calendar: 'solar', year: 1996, month: 2, day: 29 })).toBeNull();
    expect(refused({ calendar: 'solar', year: 2000, month: 2, day: 29 })).toBeNull();
    expect(refused({ calendar: 'solar', year: 1900, month: 2, day: 29 })).toBe('date');
    expect(refused({ calendar: 'solar', year: 1995, month: 2, day: 29 })).toBe('date');
  });

  test('allows lunar days up to 30 in any month, and a leap month only in the lunar calendar', () => {
    expect(refused({ calendar: 'lunar', month: 2, day: 30 })).toBeNull();
    expect(refused({ calendar: 'lunar', month: 6, day: 1, leapMonth: true })).toBeNull();
    expect(refused({ calendar: 'lunar', month: 8, day: 31 })).toBe('date');
    expect(refused({ calendar: 'solar', month: 6, day: 1, leapMonth: true })).toBe('date');
  });
});

describe('MemberFields', () => {
  test('names a bad email and a bad phone by a code, never by zod’s English sentence', () => {
    const email = MemberFields.shape.email.safeParse('not-an-email');
    const phone = MemberFields.shape.phone.safeParse('12345');
    expect(email.success || invalidReason(email.error.issues[0])).toBe('email');
    expect(phone.success || invalidReason(phone.error.issues[0])).toBe('phone');
  });

  test('a preferred name is optional: records stored before it, and from older tablets, still validate', () => {
    const before = memberFields();
    expect(before).not.toHaveProperty('preferredName');
    expect(MemberFields.safeParse(before).success).toBe(true);
    expect(MemberFields.parse({ ...before, preferredName: ' 张姐 ' }).preferredName).toBe('张姐');
    expect(MemberFields.safeParse({ ...before, preferredName: null }).success).toBe(true);
    const record = {
      id: '0190a000-0000-7000-8000-0000000000b1',
      fields: before,
      clocks: {},
      createdHlc: 'x',
      createdAt: 1,
    };
    expect(MemberRecord.safeParse(record).success).toBe(true);
    expect(MemberRecord.safeParse({ ...record, clocks: { preferredName: 'y' } }).success).toBe(true);
  });
});
