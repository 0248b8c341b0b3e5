import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  attachRate,
  averageTicket,
  averageUnitPrice,
  cardOpeningThreshold,
  dailyVipTarget,
  deadCardRate,
  newCardTarget,
  tierThreshold,
  vipShare,
} from './store-metrics';

describe('the manager’s formulas', () => {
  test('the worked examples of the playbook', () => {
    // Daily sales ¥10,000, VIP share 40 % plus 10 points growth: the VIP target is ¥5,000.
    expect(dailyVipTarget(1_000_000, 0.4, 0.1)).toBe(500_000);
    expect(averageTicket(1_000_000, 10)).toBe(100_000);
    expect(attachRate(25, 10)).toBe(2.5);
    expect(averageUnitPrice(1_000_000, 25)).toBe(40_000);
    // Base line = unit price × attach rate = ¥1,000; with 20 % growth the card threshold is ¥1,200.
    expect(cardOpeningThreshold(40_000, 2.5, 0.2)).toBe(120_000);
    expect(tierThreshold(333_333, 0.15)).toBe(383_333);
    expect(vipShare(400_000, 1_000_000)).toBe(0.4);
    expect(deadCardRate(['dead', 'active', 'dormant', 'dead'])).toBe(0.5);
  });

  test('nothing sold divides to 0, not to NaN', () => {
    expect(averageTicket(0, 0)).toBe(0);
    expect(attachRate(0, 0)).toBe(0);
    expect(averageUnitPrice(0, 0)).toBe(0);
    expect(newCardTarget(1_000_000, 0.3, 0)).toBe(0);
    expect(vipShare(0, 0)).toBe(0);
  });

  test('amounts round to the nearest fen, halves up', () => {
    expect(averageTicket(1_001, 2)).toBe(501);
    expect(averageTicket(1_000, 3)).toBe(333);
    expect(averageUnitPrice(2_000, 3)).toBe(667);
  });

  test('the new-card target is whole cards, rounded up, and float noise adds none', () => {
    // ¥100,000 of sales, 30 % from new VIPs, ¥1,000 a ticket: 30 cards.
    expect(newCardTarget(10_000_000, 0.3, 100_000)).toBe(30);
    expect(newCardTarget(10_000_000, 0.07, 100_000)).toBe(7);
    expect(newCardTarget(1_000_000, 0.25, 120_000)).toBe(3);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 1_000_000 }), (pct, ticket) => {
        // Sales of exactly `k` tickets at new-VIP share pct %: the target is k × pct / 100 rounded up.
        const k = 100;
        expect(newCardTarget(k * ticket, pct / 100, ticket)).toBe(Math.ceil((k * pct) / 100));
      }),
    );
  });
});
