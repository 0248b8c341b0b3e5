import { describe, expect, test } from 'vitest';
import {
  attachRate,
  averageTicket,
  averageUnitPrice,
  cardOpeningThreshold,
  dailyVipTarget,
  newCardTarget,
  vipShare,
} from './store-metrics';
import { customerValue } from './customer-value';
import { summariseMember } from './summary';
import { DEFAULT_PROGRAMME_RULES as RULES } from './rules';
import { DAY, NOW, item, purchase } from './test-events';

describe('the manager’s formulas', () => {
  test('the worked examples of the playbook', () => {
    // Daily sales ¥10,000, VIP share 40 % plus 10 points growth: the VIP target is ¥5,000.
    expect(dailyVipTarget(1_000_000, 0.4, 0.1)).toBe(500_000);
    expect(averageTicket(1_000_000, 10)).toBe(100_000);
    expect(attachRate(25, 10)).toBe(2.5);
    expect(averageUnitPrice(1_000_000, 25)).toBe(40_000);
    // Base line = unit price × attach rate = ¥1,000; with 20 % growth the card threshold is ¥1,200.
    expect(cardOpeningThreshold(40_000, 2.5, 0.2)).toBe(120_000);
    expect(newCardTarget(1_000_000, 0.3, 100_000)).toBe(3);
    expect(vipShare(400_000, 1_000_000)).toBe(0.4);
    expect(averageTicket(0, 0)).toBe(0);
  });

  test('customer value = average ticket × purchases a year × lifetime × word of mouth', () => {
    const events = [purchase(NOW - 300 * DAY, [item(100_000)]), purchase(NOW - 100 * DAY, [item(100_000)])];
    const s = summariseMember(events, RULES, NOW);
    // Two purchases in 300 days ≈ 2.43 a year; × ¥1,000 × 3 years × 1.2.
    expect(customerValue(s, RULES, NOW)).toBe(Math.round(100_000 * (2 / (300 / 365)) * 3 * 1.2));
    expect(customerValue(summariseMember([], RULES, NOW), RULES, NOW)).toBe(0);
  });
});
