import { describe, expect, test } from 'vitest';
import { DEFAULT_PROGRAMME_RULES } from '../programme/rules';
import { periodAtCounter, type PeriodInput } from './period';
import { holder, member, sale, shanghai, voided } from './test-builders';

const base: PeriodInput = {
  kind: 'month',
  today: { year: 2026, month: 11, day: 20 },
  timeZone: 'Asia/Shanghai',
  rules: DEFAULT_PROGRAMME_RULES,
  events: [],
  members: [],
  tills: new Map(),
  targets: new Map(),
};

describe('periodAtCounter', () => {
  test('this month to date against the sum of its day targets, beside last month and last year', () => {
    const wrong = sale(shanghai(12, 0, 3), member(1), 70_000);
    const figures = periodAtCounter({
      ...base,
      events: [
        sale(shanghai(12, 0, 2), member(1), 300_000),
        sale(shanghai(12, 0, 20), member(2), 200_000),
        wrong,
        voided(wrong, shanghai(13, 0, 3)),
        sale(shanghai(12, 0, 21), member(2), 900_000), // tomorrow: not to date
        sale(shanghai(12, 0, 20, 10), member(3), 100_000),
        sale(Date.UTC(2025, 10, 5, 4), member(3), 40_000),
      ],
      members: [holder(9, shanghai(9, 0, 5))],
      tills: new Map([
        ['2026-11-02', { salesFen: 600_000, tickets: 5, pieces: 8 }],
        ['2026-11-20', { salesFen: 400_000, tickets: 4, pieces: 4 }],
      ]),
      targets: new Map([
        ['2026-11-02', { vipSalesFen: 250_000, vipShareBp: 4_000 }],
        ['2026-11-20', { vipSalesFen: 250_000, vipShareBp: 5_000, newCards: 2 }],
      ]),
    });
    expect(figures.current.range.from).toEqual({ year: 2026, month: 11, day: 1 });
    expect(figures.current.vip.salesFen).toBe(500_000);
    expect(figures.targets.vipSales).toMatchObject({ actual: 500_000, target: 500_000, met: true });
    expect(figures.targets.newCards).toMatchObject({ actual: 1, target: 2 });
    expect(figures.targets.vipVisits.target).toBeNull();
    expect(figures.vipShareTarget).toBe(0.45);
    expect(figures.current).toMatchObject({ tillDays: 2, days: 20, vipShare: 0.5 });
    expect(figures.previous.vip.salesFen).toBe(100_000);
    expect(figures.previous.range.to).toEqual({ year: 2026, month: 10, day: 20 });
    expect(figures.lastYear.vip.salesFen).toBe(40_000);
  });

  test('the share counts only days whose till figures are in', () => {
    const figures = periodAtCounter({
      ...base,
      events: [sale(shanghai(12, 0, 2), member(1), 300_000), sale(shanghai(12, 0, 3), member(1), 500_000)],
      tills: new Map([['2026-11-02', { salesFen: 600_000, tickets: 5, pieces: 8 }]]),
    });
    expect(figures.current.vipShare).toBe(0.5);
    expect(figures.current.tillDays).toBe(1);
  });

  test('a week of no sales and no till: zeros and no share', () => {
    const figures = periodAtCounter({ ...base, kind: 'week' });
    expect(figures.current.days).toBe(5);
    expect(figures.current.vip.salesFen).toBe(0);
    expect(figures.current.vipShare).toBeNull();
    expect(figures.previous.range.from).toEqual({ year: 2026, month: 11, day: 9 });
  });

  test('on 31 March, February’s 28 days are the month before', () => {
    const figures = periodAtCounter({
      ...base,
      today: { year: 2026, month: 3, day: 31 },
      events: [
        sale(Date.UTC(2026, 1, 28, 4), member(1), 10_000),
        sale(Date.UTC(2026, 2, 1, 4), member(1), 20_000),
        sale(Date.UTC(2026, 2, 31, 4), member(1), 40_000),
      ],
    });
    expect(figures.current.days).toBe(31);
    expect(figures.current.vip.salesFen).toBe(60_000);
    expect(figures.previous.days).toBe(28);
    expect(figures.previous.vip.salesFen).toBe(10_000);
  });
});
