import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { spreadByWeights, spreadMonth } from './month-plan';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('spreadByWeights', () => {
  it('sums to exactly the total, each share within one of its exact part', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.array(
          fc.integer({ min: 1, max: 40 }).map((w) => w / 10),
          { minLength: 1, maxLength: 31 },
        ),
        (total, weights) => {
          const shares = spreadByWeights(total, weights);
          expect(sum(shares)).toBe(total);
          const whole = sum(weights);
          shares.forEach((s, i) => {
            expect(Number.isInteger(s) && s >= 0).toBe(true);
            expect(Math.abs(s - (total * (weights[i] ?? 0)) / whole)).toBeLessThan(1);
          });
        },
      ),
    );
  });

  it('gives the units left to the largest remainders', () => {
    expect(spreadByWeights(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(spreadByWeights(7, [1, 2])).toEqual([2, 5]);
  });
});

describe('spreadMonth', () => {
  const totals = { vipSalesFen: 15_000_000, vipShareBp: 5_000, newCards: 31, vipVisits: 100, followUps: 45 };

  it('spreads a month of 28 days with weekends weighing double', () => {
    // 1 February 2026 is a Sunday: 8 weekend days and 20 weekdays, 36 shares of ¥1,000.
    const plan = spreadMonth(2026, 2, { ...totals, vipSalesFen: 3_600_000 }, 2);
    expect(plan).toHaveLength(28);
    expect(plan[0]).toEqual({
      key: '2026-02-01',
      target: expect.objectContaining({ vipSalesFen: 200_000, vipShareBp: 5_000 }) as unknown,
    });
    expect(plan[1]?.target.vipSalesFen).toBe(100_000);
  });

  it('sums each figure over a month of 31 days to its total, whatever the weekend weight', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50 }).map((w) => w / 10),
        (weight) => {
          const plan = spreadMonth(2026, 3, totals, weight);
          expect(plan).toHaveLength(31);
          for (const field of ['vipSalesFen', 'newCards', 'vipVisits', 'followUps'] as const)
            expect(sum(plan.map((d) => d.target[field]))).toBe(totals[field]);
          expect(plan.every((d) => d.target.vipShareBp === 5_000)).toBe(true);
        },
      ),
    );
  });
});
