import { describe, expect, test } from 'vitest';
import { suggestNewCards, suggestVipShare } from './suggestions';

describe('suggestVipShare', () => {
  test('the seeds’ example: 40 % last period plus 10 points on ¥10,000 a day asks ¥5,000', () => {
    const s = suggestVipShare({
      lastMonth: { salesFen: 30_000_000, vipSalesFen: 13_500_000 }, // 45 %
      sameMonthLastYear: { salesFen: 20_000_000, vipSalesFen: 7_000_000 }, // 35 %
      growthPoints: 0.1,
      dailySalesFen: 1_000_000,
    });
    expect(s.monthOnMonth).toBeCloseTo(0.45);
    expect(s.yearOnYear).toBeCloseTo(0.35);
    expect(s.lastPeriodShare).toBeCloseTo(0.4);
    expect(s.share).toBeCloseTo(0.5);
    expect(s.vipSalesFen).toBe(500_000);
  });

  test('a store open less than a year uses last month alone; no history suggests nothing', () => {
    const young = suggestVipShare({
      lastMonth: { salesFen: 1_000_000, vipSalesFen: 300_000 },
      sameMonthLastYear: { salesFen: 0, vipSalesFen: 0 },
      growthPoints: 0.05,
      dailySalesFen: 1_000_000,
    });
    expect(young.yearOnYear).toBeNull();
    expect(young.share).toBeCloseTo(0.35);
    expect(young.vipSalesFen).toBe(350_000);
    const none = suggestVipShare({
      lastMonth: { salesFen: 0, vipSalesFen: 0 },
      sameMonthLastYear: { salesFen: 0, vipSalesFen: 0 },
      growthPoints: 0.1,
      dailySalesFen: 1_000_000,
    });
    expect(none).toMatchObject({ share: null, vipSalesFen: null });
  });
});

describe('suggestNewCards', () => {
  test('sales × new-VIP share ÷ average ticket, rounded up, with the figures it came from', () => {
    const s = suggestNewCards({
      plannedSalesFen: 1_000_000,
      lastPeriod: { salesFen: 30_000_000, tickets: 300, newVipSalesFen: 2_100_000 },
    });
    expect(s).toEqual({ salesFen: 1_000_000, newVipShare: 0.07, averageTicketFen: 100_000, newCards: 1 });
  });

  test('no tickets last period: no average ticket, no cards asked', () => {
    const s = suggestNewCards({
      plannedSalesFen: 1_000_000,
      lastPeriod: { salesFen: 0, tickets: 0, newVipSalesFen: 0 },
    });
    expect(s).toMatchObject({ newVipShare: 0, averageTicketFen: 0, newCards: 0 });
  });
});
