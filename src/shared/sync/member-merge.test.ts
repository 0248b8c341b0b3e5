import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { applyFieldEdit, fieldClock, mergeRecords, newMemberRecord } from './member-merge';
import type { MemberFields, MemberRecord } from '../schemas/member.schema';
import type { MemberId, StaffId } from '../schemas/ids.schema';
import { memberFields } from '../../../tests/fixtures/factories';

const STAFF = '01900000-0000-7000-8000-000000000001' as StaffId;
const fields: MemberFields = memberFields({
  cardNo: '100000000017',
  phone: '13812345678',
  birthday: null,
  consent: { record: true, marketing: false, noticeVersion: 'v1', language: 'zh-CN', at: 0, staffId: STAFF },
});
const clock = (wall: number, node = 'a') => `${String(wall).padStart(15, '0')}:00000:${node}`;
const base = newMemberRecord('01900000-0000-7000-8000-0000000000aa' as MemberId, fields, clock(100), 100);

describe('applyFieldEdit', () => {
  test('keeps both edits when two associates change different fields', () => {
    const a = applyFieldEdit(base, { job: '教师' }, clock(200, 'a'));
    const b = applyFieldEdit(a, { address: '南京西路 1 号' }, clock(150, 'b'));
    expect(b.fields.job).toBe('教师');
    expect(b.fields.address).toBe('南京西路 1 号');
  });

  test('lets the newer clock win on the same field, in either order of arrival', () => {
    const newer = { e: { job: '医生' }, h: clock(300, 'b') };
    const older = { e: { job: '教师' }, h: clock(200, 'a') };
    const x = applyFieldEdit(applyFieldEdit(base, older.e, older.h), newer.e, newer.h);
    const y = applyFieldEdit(applyFieldEdit(base, newer.e, newer.h), older.e, older.h);
    expect(x).toEqual(y);
    expect(x.fields.job).toBe('医生');
  });

  test('ignores an edit older than the sign-up', () => {
    expect(applyFieldEdit(base, { job: '教师' }, clock(50))).toBe(base);
  });

  test('gives the same member for any order of the same edits', () => {
    const edit = fc.record({
      field: fc.constantFrom('job' as const, 'address' as const, 'softNotes' as const),
      value: fc.string({ maxLength: 5 }),
      wall: fc.integer({ min: 0, max: 1000 }),
      node: fc.constantFrom('a', 'b', 'c'),
    });
    fc.assert(
      fc.property(fc.uniqueArray(edit, { selector: (e) => `${e.wall}:${e.node}` }), (edits) => {
        const apply = (list: typeof edits) =>
          list.reduce<MemberRecord>(
            (r, e) => applyFieldEdit(r, { [e.field]: e.value }, clock(e.wall, e.node)),
            base,
          );
        expect(apply([...edits].reverse())).toEqual(apply(edits));
      }),
    );
  });
});

describe('mergeRecords', () => {
  test('takes each field from whichever record wrote it last, and keeps the survivor’s card number', () => {
    const survivor = applyFieldEdit(base, { job: '教师' }, clock(400));
    const absorbed = {
      ...newMemberRecord(
        '01900000-0000-7000-8000-0000000000bb' as MemberId,
        { ...fields, cardNo: '200000000015', job: '医生', address: '静安' },
        clock(300, 'b'),
        300,
      ),
    };
    const merged = mergeRecords(survivor, absorbed);
    expect(merged.fields.job).toBe('教师');
    expect(merged.fields.address).toBe('静安');
    expect(merged.fields.cardNo).toBe('100000000017');
    expect(fieldClock(merged, 'address')).toBe(clock(300, 'b'));
  });

  test('never blanks a field the survivor knows with an empty one from the duplicate', () => {
    const survivor = applyFieldEdit(base, { email: 'mei@example.cn' }, clock(150));
    const absorbed = newMemberRecord(
      '01900000-0000-7000-8000-0000000000bb' as MemberId,
      fields,
      clock(300, 'b'),
      300,
    );
    expect(mergeRecords(survivor, absorbed).fields.email).toBe('mei@example.cn');
  });
});
