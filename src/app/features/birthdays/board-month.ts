import type { CalendarDay } from '../../../shared/domain/calendar-day';

export interface BoardMonth {
  year: number;
  month: number;
}

/** The month after today's, into the next year after December: the board printed at month end. */
export function monthAfter({ year, month }: Pick<CalendarDay, 'year' | 'month'>): BoardMonth {
  return month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
}

/** A month's name as a heading says it in English (中文 uses the number: 3月). */
export function monthName(month: number, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'zh-CN', {
    month: 'long',
    timeZone: 'UTC',
  }).format(Date.UTC(2000, month - 1, 1));
}
