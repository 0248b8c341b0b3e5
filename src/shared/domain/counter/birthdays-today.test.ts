import { describe, expect, test } from 'vitest';
import { birthdaysOn } from './birthdays-today';
import { member } from './test-builders';

describe('birthdaysOn', () => {
  test('finds solar and lunar birthdays falling today, and only those', () => {
    // 2026-09-25 is the 15th of the 8th lunar month (中秋).
    const today = { year: 2026, month: 9, day: 25 };
    const found = birthdaysOn(
      [
        { id: member(1), birthday: { calendar: 'solar', month: 9, day: 25 } },
        { id: member(2), birthday: { calendar: 'lunar', month: 8, day: 15 } },
        { id: member(3), birthday: { calendar: 'solar', month: 9, day: 26 } },
        { id: member(4), birthday: { calendar: 'lunar', month: 9, day: 25 } },
        { id: member(5), birthday: null },
      ],
      today,
    );
    expect(found).toEqual([member(1), member(2)]);
  });
});
