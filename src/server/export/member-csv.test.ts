import { describe, expect, test } from 'vitest';
import { DEFAULT_PROGRAMME_RULES } from '../../shared/domain/programme/rules';
import { summariseMember } from '../../shared/domain/programme/summary';
import type { MemberRecord } from '../../shared/schemas/member.schema';
import { memberFields, newMemberId } from '../../../tests/fixtures/factories';
import { memberCsvRow, memberExportCells } from './member-csv';

const record: MemberRecord = {
  id: newMemberId(),
  fields: memberFields({ name: '张晓梅', phone: '13800138000' }),
  clocks: {},
  createdHlc: '0',
  createdAt: 0,
};
const summary = summariseMember([], DEFAULT_PROGRAMME_RULES, Date.UTC(2027, 0, 15));
const cells = (role: 'associate' | 'manager' | 'owner') =>
  memberExportCells(record, summary, null, 'zh-CN', 'Asia/Shanghai', role);

describe('a member as a row of the export', () => {
  test('the phone as the exporting role sees it: whole for managers and owners, masked otherwise', () => {
    expect(cells('manager')[2]).toBe('13800138000');
    expect(cells('owner')[2]).toBe('13800138000');
    expect(cells('associate')[2]).toBe('138****8000');
  });

  test('spend is a sum in yuan, written with two decimals in the CSV', () => {
    expect(cells('manager')[7]).toEqual({ yuan: 0 });
    expect(memberCsvRow(cells('manager'))).toContain(',0.00,');
  });
});
