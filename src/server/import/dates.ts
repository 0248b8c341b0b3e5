import { Birthday } from '../../shared/schemas/member.schema';

const DAY = 86_400_000;
// Day 0 of Excel's 1900 system is 1899-12-31; serial 60 is 29 February 1900, a day that never
// was (Lotus 1-2-3's leap-year mistake, kept by Excel), so from serial 61 on the count is one ahead.
const EPOCH_BEFORE_BUG = Date.UTC(1899, 11, 31);
const EPOCH_AFTER_BUG = Date.UTC(1899, 11, 30);
const LAST_SERIAL = 73_415; // 2100-12-31

export interface DayParts {
  year: number;
  month: number;
  day: number;
}

/** The day an Excel serial number (1900 date system) stands for; null for 29 Feb 1900 and out of range. */
export function excelSerialDay(serial: number): DayParts | null {
  const whole = Math.floor(serial);
  if (whole < 1 || whole > LAST_SERIAL || whole === 60) return null;
  const d = new Date((whole < 60 ? EPOCH_BEFORE_BUG : EPOCH_AFTER_BUG) + whole * DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const LUNAR = /^(农历|阴历|lunar)\s*/i;
const YMD =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const COMPACT = /^(19|20)(\d{2})(\d{2})(\d{2})$/;
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const MD = /^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const SERIAL = /^\d{1,5}(\.\d+)?$/;

/**
 * A birthday cell: an Excel serial number, or text as stores write it — 1990-01-02, 1990/1/2,
 * 1990.1.2, 1990年1月2日, 19900102, 1/2/1990 (month first, as Excel in English writes it), or
 * month and day only (01-02, 1月2日). 农历 or 阴历 in front makes it a lunar birthday.
 * Null when the cell is not a real day; undefined when it is empty.
 */
export function parseBirthday(cell: string): Birthday | null | undefined {
  if (cell === '') return undefined;
  const lunar = LUNAR.test(cell);
  const text = cell.replace(LUNAR, '');
  const calendar = lunar ? 'lunar' : 'solar';
  let parts: { year?: number; month: number; day: number } | null = null;
  const n = (m: RegExpExecArray | null, i: number) => Number(m?.[i] ?? NaN);
  let m: RegExpExecArray | null;
  if ((m = YMD.exec(text))) parts = { year: n(m, 1), month: n(m, 2), day: n(m, 3) };
  else if ((m = COMPACT.exec(text))) parts = { year: n(m, 1) * 100 + n(m, 2), month: n(m, 3), day: n(m, 4) };
  else if ((m = US.exec(text))) parts = { year: n(m, 3), month: n(m, 1), day: n(m, 2) };
  else if ((m = MD.exec(text))) parts = { month: n(m, 1), day: n(m, 2) };
  else if (!lunar && SERIAL.test(text)) parts = excelSerialDay(Number(text));
  if (!parts) return null;
  const birthday = Birthday.safeParse({ calendar, ...parts });
  return birthday.success ? birthday.data : null;
}
