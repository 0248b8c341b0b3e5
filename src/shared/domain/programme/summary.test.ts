import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { summariseMember } from './summary';
import { DEFAULT_PROGRAMME_RULES as RULES, tierChange, tierFor } from './rules';
import { DAY, NOW, item, points, purchase, visit, voidOf } from './test-events';
import { openingPoints, openingPurchase } from '../opening-balance';
import type { EventId, MemberId, StaffId } from '../../schemas/ids.schema';
import type { MemberEvent } from '../../schemas/event.schema';

describe('a member summarised from her events', () => {
  test('totals, 客单价, 连带率, points and last visit', () => {
    const events = [
      purchase(NOW - 10 * DAY, [item(59_900), item(29_950, 2)]),
      purchase(NOW - 3 * DAY, [item(120_000)]),
      visit(NOW - DAY),
      points(NOW - DAY, -500),
    ];
    const s = summariseMember(events, RULES, NOW);
    expect(s).toMatchObject({
      purchases: 2,
      visits: 1,
      items: 4,
      totalSpend: 239_800,
      averageTicket: 119_900,
      attachRate: 2,
      averageUnitPrice: 59_950,
      lastVisitAt: NOW - DAY,
      lastPurchaseAt: NOW - 3 * DAY,
      pointsEarned: 1_198 + 1_200,
      pointsBalance: 2_398 - 500,
      tier: 'member',
      nextTier: { id: 'silver', remaining: 500_000 - 239_800 },
    });
    expect(s.tierProgress).toBeCloseTo(239_800 / 500_000);
  });

  test('a voided purchase counts for nothing; a void of a void changes nothing', () => {
    const wrong = purchase(NOW - DAY, [item(800_000)]);
    const undo = voidOf(wrong, NOW - DAY + 1);
    const s = summariseMember([wrong, undo, voidOf(undo, NOW)], RULES, NOW);
    expect(s).toMatchObject({
      purchases: 0,
      totalSpend: 0,
      pointsBalance: 0,
      tier: 'member',
      lastVisitAt: null,
    });
  });

  test('the tier follows rolling spend up, and down again as old purchases leave the window', () => {
    const big = purchase(NOW - 300 * DAY, [item(2_100_000)]);
    expect(summariseMember([big], RULES, NOW).tier).toBe('gold');
    const later = NOW + 100 * DAY;
    expect(summariseMember([big], RULES, later).tier).toBe('member');
    expect(tierChange('gold', 'member', RULES)).toBe('down');
    expect(tierChange('silver', 'gold', RULES)).toBe('up');
    expect(tierChange('gold', 'gold', RULES)).toBeNull();
  });

  test('customer type appears only from the third purchase', () => {
    const promo = (at: number) => purchase(at, [item(20_000, 1, { promotion: true })]);
    const two = [promo(NOW - 50 * DAY), promo(NOW - 20 * DAY)];
    expect(summariseMember(two, RULES, NOW).customerType).toBeNull();
    expect(summariseMember([...two, promo(NOW - DAY)], RULES, NOW).customerType?.id).toBe('promotion');
  });

  test('properties: tier never falls as window spend grows; voiding a purchase undoes it exactly', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000 }), fc.nat({ max: 10_000_000 }), (a, b) => {
        const rank = (x: number) => RULES.tiers.findIndex((t) => t.id === tierFor(x, RULES));
        return rank(Math.min(a, b)) <= rank(Math.max(a, b));
      }),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            price: fc.integer({ min: 1, max: 500_000 }),
            qty: fc.integer({ min: 1, max: 5 }),
            daysAgo: fc.nat({ max: 400 }),
          }),
          { maxLength: 8 },
        ),
        fc.integer({ min: 1, max: 900_000 }),
        (rows, extra) => {
          const base = rows.map((r) => purchase(NOW - r.daysAgo * DAY, [item(r.price, r.qty)]));
          const mistake = purchase(NOW - DAY, [item(extra)]);
          const before = summariseMember(base, RULES, NOW);
          const after = summariseMember([...base, mistake, voidOf(mistake, NOW)], RULES, NOW);
          expect(after).toEqual(before);
        },
      ),
    );
  });

  test('an imported member: her spend to date sets tier and points, her balance is the file’s, and no ticket is counted', () => {
    const ids = (n: number) => ({
      id: `0190d000-0000-7000-8000-0000000009${String(n).padStart(2, '0')}` as EventId,
      memberId: '0190d000-0000-7000-8000-000000000001' as MemberId,
      staffId: '0190d000-0000-7000-8000-000000000002' as StaffId,
    });
    const spend = 2_345_050; // ¥23,450.50: gold
    const adjust = openingPoints(ids(2), NOW - DAY, 700, spend, RULES);
    const opening: MemberEvent[] = [openingPurchase(ids(1), NOW - DAY, spend), ...(adjust ? [adjust] : [])];
    const after = [...opening, purchase(NOW, [item(10_000, 2)])];
    const s = summariseMember(after, RULES, NOW);
    expect(s).toMatchObject({
      tier: 'gold',
      totalSpend: spend + 20_000,
      pointsBalance: 700 + 200,
      purchases: 1,
      items: 2,
      averageTicket: 20_000,
      averageUnitPrice: 10_000,
      lastPurchaseAt: NOW,
      firstPurchaseAt: NOW,
    });
    expect(summariseMember(opening, RULES, NOW)).toMatchObject({
      purchases: 0,
      lastVisitAt: null,
      pointsBalance: 700,
    });
  });
});
