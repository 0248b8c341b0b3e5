import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { customerValue } from './customer-value';
import { summariseMember } from './summary';
import { DEFAULT_PROGRAMME_RULES as RULES } from './rules';
import { DAY, NOW, item, purchase } from './test-events';

const valueOf = (events: ReturnType<typeof purchase>[], now = NOW) => {
  const s = summariseMember(events, RULES, now);
  return customerValue(s, RULES, s.firstPurchaseAt, now);
};

describe('customer value 顾客价值', () => {
  test('average ticket × purchases a year × lifetime × word of mouth', () => {
    // Six purchases of ¥1,000 over two years: 3 a year × ¥1,000 × 3 years × 1.2 = ¥10,800.
    const events = [0, 1, 2, 3, 4, 5].map((i) => purchase(NOW - 730 * DAY + i * 146 * DAY, [item(100_000)]));
    expect(valueOf(events)).toBe(1_080_000);
  });

  test('in her first year the purchases so far stand for the year', () => {
    // Two purchases of ¥500 in her first month: 2 a year, not 24; 2 × ¥500 × 3 × 1.2 = ¥3,600.
    const events = [purchase(NOW - 30 * DAY, [item(50_000)]), purchase(NOW - 2 * DAY, [item(50_000)])];
    expect(valueOf(events)).toBe(360_000);
  });

  test('nothing bought, nothing valued', () => {
    expect(valueOf([])).toBe(0);
  });

  test('a purchase more never lowers her value', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ price: fc.integer({ min: 1, max: 500_000 }), daysAgo: fc.nat({ max: 2_000 }) }),
          {
            minLength: 1,
            maxLength: 10,
          },
        ),
        (rows) => {
          const events = rows.map((r) => purchase(NOW - r.daysAgo * DAY, [item(r.price)]));
          const maxPrice = Math.max(...rows.map((r) => r.price));
          // One more purchase at least as large as any before, made today.
          expect(valueOf([...events, purchase(NOW, [item(maxPrice)])])).toBeGreaterThanOrEqual(
            valueOf(events),
          );
        },
      ),
    );
  });
});
