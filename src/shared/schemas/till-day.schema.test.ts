import { describe, expect, test } from 'vitest';
import { DayKey } from './till-day.schema';

describe('DayKey', () => {
  test('takes a day the calendar has', () => {
    expect(DayKey.safeParse('2028-02-29').success).toBe(true);
  });

  test.each(['2027-02-29', '2027/01/14', '', '14-01-2027', '2027-1-4'])(
    'refuses %j without throwing',
    (text) => {
      expect(DayKey.safeParse(text).success).toBe(false);
    },
  );
});
