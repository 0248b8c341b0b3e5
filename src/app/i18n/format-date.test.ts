import { describe, expect, test } from 'vitest';
import { formatDay, formatDayOf, formatLocalDayTime } from './format-date';

describe('formatDay', () => {
  test('writes a day one way per language, whatever its digits', () => {
    expect(formatDay({ year: 2026, month: 11, day: 21 }, 'zh-CN')).toBe('2026年11月21日');
    expect(formatDay({ year: 2027, month: 10, day: 8 }, 'zh-CN')).toBe('2027年10月8日');
    expect(formatDay({ year: 2026, month: 7, day: 25 }, 'en')).toBe('25 July 2026');
  });

  test('takes an instant on the store’s day, not the tablet’s', () => {
    // 23:30 UTC on 24 July is 07:30 on 25 July in Shanghai.
    expect(formatDayOf(Date.UTC(2026, 6, 24, 23, 30), 480, 'zh-CN')).toBe('2026年7月25日');
  });

  test('writes a day and time with the same day format', () => {
    const at = new Date(2026, 11, 4, 9, 5).getTime();
    expect(formatLocalDayTime(at, 'zh-CN')).toBe('2026年12月4日 09:05');
    expect(formatLocalDayTime(at, 'en')).toBe('4 December 2026 09:05');
  });
});
