import { shownPhone } from '../../shared/domain/phone-privacy';
import type { StaffRole } from '../../shared/schemas/setup.schema';
import type { Language } from '../../shared/schemas/api-error.schema';
import type { MemberRecord, Birthday } from '../../shared/schemas/member.schema';
import type { MemberSummary } from '../../shared/domain/programme/summary';
import { localDayIn } from '../../shared/domain/time-zone';
import { neutraliseFormula } from '../../shared/domain/formula-cells';
import type { ExportSelection } from '../../shared/schemas/security.schema';
import type { CalendarDay } from '../../shared/domain/calendar-day';

/** The UTF-8 byte order mark: without it Excel on Windows reads Chinese names as mojibake. */
export const CSV_BOM = '\uFEFF';

// China keeps one offset all year; the export's dates are the store's days, as staff saw them.

export const EXPORT_HEADERS: Record<Language, readonly string[]> = {
  'zh-CN': [
    '卡号',
    '姓名',
    '手机',
    '性别',
    '生日',
    '专属导购',
    '等级',
    '累计消费（元）',
    '最近到店',
    '同意营销',
  ],
  en: [
    'Card no',
    'Name',
    'Phone',
    'Gender',
    'Birthday',
    'Owner',
    'Tier',
    'Total spend (CNY)',
    'Last visit',
    'Marketing consent',
  ],
};

// The lapsing list adds when each card turns dead and how many days are left to win her back.
const LAPSING_HEADERS: Record<Language, readonly string[]> = {
  'zh-CN': ['失效日期', '剩余天数'],
  en: ['Lapses on', 'Days left'],
};

/** The export's column heads: a member's fields, and for the lapsing list the day and days left. */
export const exportHeaders = (language: Language, selection: ExportSelection): readonly string[] =>
  selection === 'members'
    ? EXPORT_HEADERS[language]
    : [...EXPORT_HEADERS[language], ...LAPSING_HEADERS[language]];

const WORDS: Record<Language, Record<string, string>> = {
  'zh-CN': {
    female: '女',
    male: '男',
    unspecified: '未填',
    member: '会员',
    silver: '银卡',
    gold: '金卡',
    diamond: '钻石卡',
    yes: '是',
    no: '否',
    lunar: '农历',
    leap: '闰',
  },
  en: {
    female: 'female',
    male: 'male',
    unspecified: 'unspecified',
    member: 'member',
    silver: 'silver',
    gold: 'gold',
    diamond: 'diamond',
    yes: 'yes',
    no: 'no',
    lunar: 'lunar',
    leap: 'leap',
  },
};

/**
 * One cell. A cell a spreadsheet would run as a formula gets a leading apostrophe, so a name
 * typed as a formula stays text (domain/formula-cells.ts, which imports share); quotes, commas and line breaks are quoted as RFC 4180 says.
 */
export function csvCell(value: string): string {
  const safe = neutraliseFormula(value, 'out');
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export const csvRow = (cells: readonly string[]) => `${cells.map(csvCell).join(',')}\r\n`;

/** One cell of a member's row: text, or a sum of money in yuan that a spreadsheet may add up. */
export type ExportCell = string | { yuan: number };

/**
 * A live member as one row of the export, whatever the file: the fields staff see, the phone as
 * the exporting role sees it, tier and spend from her events.
 */
export function memberExportCells(
  record: MemberRecord,
  summary: MemberSummary,
  ownerName: string | null,
  language: Language,
  /** The store's time zone: the last visit is the store's local day. */
  timeZone: string,
  role: StaffRole,
): ExportCell[] {
  const w = WORDS[language];
  const f = record.fields;
  return [
    f.cardNo,
    f.name,
    shownPhone(f.phone, role),
    w[f.gender] ?? f.gender,
    f.birthday ? birthdayText(f.birthday, language) : '',
    ownerName ?? '',
    w[summary.tier] ?? summary.tier,
    { yuan: summary.totalSpend / 100 },
    summary.lastVisitAt === null ? '' : isoDay(summary.lastVisitAt, timeZone),
    f.consent.marketing ? (w.yes ?? 'yes') : (w.no ?? 'no'),
  ];
}

/** A card about to lapse: the member's row, then the day it turns dead and the days left. */
export const lapsingCells = (member: ExportCell[], deadOn: CalendarDay, daysLeft: number): ExportCell[] => [
  ...member,
  dayText(deadOn),
  String(daysLeft),
];

export const memberCsvRow = (cells: readonly ExportCell[]) =>
  csvRow(cells.map((c) => (typeof c === 'string' ? c : c.yuan.toFixed(2))));

function birthdayText(b: Birthday, language: Language): string {
  const w = WORDS[language];
  const md = `${pad(b.month)}-${pad(b.day)}`;
  const date = b.year === undefined ? md : `${b.year}-${md}`;
  if (b.calendar === 'solar') return date;
  return `${w.lunar ?? 'lunar'} ${b.leapMonth ? `${w.leap ?? 'leap'} ` : ''}${date}`;
}

const isoDay = (ms: number, timeZone: string) => dayText(localDayIn(timeZone, ms));
const dayText = (d: CalendarDay) => `${d.year}-${pad(d.month)}-${pad(d.day)}`;

const pad = (n: number) => String(n).padStart(2, '0');

/** The members export as CSV text, a row at a time, for Excel (with the BOM it needs). */
export function memberCsv(headers: readonly string[]) {
  const lines = [CSV_BOM, csvRow(headers)];
  return {
    add: (cells: readonly ExportCell[]) => void lines.push(memberCsvRow(cells)),
    finish: () => Promise.resolve(lines.join('')),
  };
}
