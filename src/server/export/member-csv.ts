import type { Language } from '../../shared/schemas/api-error.schema';
import type { MemberRecord, Birthday } from '../../shared/schemas/member.schema';
import type { MemberSummary } from '../../shared/domain/programme/summary';
import type { ExportSelection } from '../../shared/schemas/security.schema';
import type { CalendarDay } from '../../shared/domain/calendar-day';
import { localDayIn } from '../../shared/domain/time-zone';

/** The UTF-8 byte order mark: without it Excel on Windows reads Chinese names as mojibake. */
export const CSV_BOM = '\uFEFF';

// China keeps one offset all year; the export's dates are the store's days, as staff saw them.

const HEADERS: Record<Language, readonly string[]> = {
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
 * One cell. A cell a spreadsheet would run as a formula (= + - @, and tab or CR that some
 * readers skip before one) gets a leading apostrophe, so a name typed as a formula stays text
 * (OWASP "CSV injection"); quotes, commas and line breaks are quoted as RFC 4180 says.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export const csvRow = (cells: readonly string[]) => `${cells.map(csvCell).join(',')}\r\n`;

// The lapsing list adds when each card turns dead and how many days are left to win her back.
const LAPSING_HEADERS: Record<Language, readonly string[]> = {
  'zh-CN': ['失效日期', '剩余天数'],
  en: ['Lapses on', 'Days left'],
};

export const csvHeader = (language: Language, selection: ExportSelection = 'members') =>
  csvRow(selection === 'members' ? HEADERS[language] : [...HEADERS[language], ...LAPSING_HEADERS[language]]);

/** A live member as one line of the export: the fields staff see, with tier and spend from her events. */
export function memberCsvRow(
  record: MemberRecord,
  summary: MemberSummary,
  ownerName: string | null,
  language: Language,
  /** The store's time zone: the last visit is the store's local day. */
  timeZone: string,
): string {
  return csvRow(memberCells(record, summary, ownerName, language, timeZone));
}

/** A card about to lapse: the member's line, then the day it turns dead and the days left. */
export function lapsingCsvRow(
  member: Parameters<typeof memberCells>,
  deadOn: CalendarDay,
  daysLeft: number,
): string {
  return csvRow([...memberCells(...member), dayText(deadOn), String(daysLeft)]);
}

function memberCells(
  record: MemberRecord,
  summary: MemberSummary,
  ownerName: string | null,
  language: Language,
  timeZone: string,
): string[] {
  const w = WORDS[language];
  const f = record.fields;
  return [
    f.cardNo,
    f.name,
    f.phone,
    w[f.gender] ?? f.gender,
    f.birthday ? birthdayText(f.birthday, language) : '',
    ownerName ?? '',
    w[summary.tier] ?? summary.tier,
    (summary.totalSpend / 100).toFixed(2),
    summary.lastVisitAt === null ? '' : isoDay(summary.lastVisitAt, timeZone),
    f.consent.marketing ? (w.yes ?? 'yes') : (w.no ?? 'no'),
  ];
}

function birthdayText(b: Birthday, language: Language): string {
  const w = WORDS[language];
  const md = `${pad(b.month)}-${pad(b.day)}`;
  const date = b.year === undefined ? md : `${b.year}-${md}`;
  if (b.calendar === 'solar') return date;
  return `${w.lunar ?? 'lunar'} ${b.leapMonth ? `${w.leap ?? 'leap'} ` : ''}${date}`;
}

function isoDay(ms: number, timeZone: string): string {
  return dayText(localDayIn(timeZone, ms));
}

const dayText = (d: CalendarDay) => `${d.year}-${pad(d.month)}-${pad(d.day)}`;

const pad = (n: number) => String(n).padStart(2, '0');
