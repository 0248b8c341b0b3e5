import { describe, expect, test } from 'vitest';
import { MemberFields } from '../schemas/member.schema';
import type { StaffId } from '../schemas/ids.schema';
import { blankMemberFields } from './blank-member-fields';

describe('blankMemberFields', () => {
  test('with a card, a name, a phone and consent it is a valid member with nothing else known, and nothing optional', () => {
    const fields = {
      ...blankMemberFields(),
      cardNo: '100000000001',
      name: '张晓梅',
      phone: '13800138000',
      consent: {
        record: true,
        marketing: false,
        noticeVersion: '2025-01',
        language: 'zh-CN' as const,
        at: 0,
        staffId: '0190a000-0000-7000-8000-000000000001' as StaffId,
      },
    };
    expect(MemberFields.parse(fields)).toEqual(fields);
    // Every field a member must have, and none of those she may lack (a preferred name).
    const required = MemberFields.keyof().options.filter(
      (k) => !MemberFields.shape[k].safeParse(undefined).success,
    );
    expect(Object.keys(fields).sort()).toEqual(required.sort());
  });

  test('no two members share a list', () => {
    const a = blankMemberFields();
    a.hobbies.push('瑜伽');
    expect(blankMemberFields().hobbies).toEqual([]);
  });
});
