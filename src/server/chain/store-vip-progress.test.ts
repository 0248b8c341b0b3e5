import { describe, expect, test } from 'vitest';
import { dayStartMs } from '../../shared/domain/counter/store-days';
import { member, sale } from '../../shared/domain/counter/test-builders';
import { earliestMonthStart, storeVipProgress } from './store-vip-progress';

const SHE = member(1);

describe('storeVipProgress', () => {
  test('a store in New York counts its own evening as today, and its month from its own 1st', () => {
    const zone = 'America/New_York';
    const start = (day: number, month = 3) => dayStartMs({ year: 2027, month, day }, zone);
    // 31 March 2027, 23:30 in New York: 1 April in UTC and in Shanghai.
    const now = start(31) + 23.5 * 3_600_000;
    const events = [
      sale(start(31) + 23 * 3_600_000, SHE, 10_000),
      sale(start(1) + 3_600_000, SHE, 5_000),
      sale(start(28, 2) + 3_600_000, SHE, 99_900), // February: not this month
    ];
    const targets = new Map([
      ['2027-03-01', 1_000],
      ['2027-03-31', 20_000],
      ['2027-04-01', 7],
    ]);
    expect(storeVipProgress({ events, timeZone: zone, now, targets })).toEqual({
      today: { salesFen: 10_000, targetFen: 20_000 },
      monthToDate: { salesFen: 15_000, targetFen: 21_000 },
    });
  });

  test('no targets set is null, not zero; a month of 28 days counts from its 1st', () => {
    const zone = 'Asia/Shanghai';
    const now = dayStartMs({ year: 2027, month: 2, day: 28 }, zone) + 12 * 3_600_000;
    const events = [sale(dayStartMs({ year: 2027, month: 2, day: 1 }, zone), SHE, 3_000)];
    expect(storeVipProgress({ events, timeZone: zone, now, targets: new Map() })).toEqual({
      today: { salesFen: 0, targetFen: null },
      monthToDate: { salesFen: 3_000, targetFen: null },
    });
  });

  test('the earliest month start of several zones is the easternmost store’s', () => {
    const now = Date.UTC(2027, 0, 15);
    expect(earliestMonthStart(['Asia/Shanghai', 'America/New_York'], now)).toBe(Date.UTC(2026, 11, 31, 16));
  });
});
