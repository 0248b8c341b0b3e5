import { describe, expect, test } from 'vitest';
import { DEFAULT_STORE_SETTINGS } from '../store-settings';
import { dayStartMs } from './store-days';
import { targetSuggestions } from './target-suggestions';
import { member, sale } from './test-builders';

const NEW = member(1);
const OLD = member(2);

/** A store's October 2026: two till days of ¥10,000 and 20 tickets; a new member bought ¥4,000. */
function history(timeZone: string) {
  // 23:30 on 2 October in the store's zone: still October there, whatever the UTC date.
  const lateOnTheSecond = dayStartMs({ year: 2026, month: 10, day: 2 }, timeZone) + 23.5 * 3_600_000;
  const joined = dayStartMs({ year: 2026, month: 10, day: 1 }, timeZone) + 3_600_000;
  return {
    timeZone,
    rules: DEFAULT_STORE_SETTINGS.rules,
    events: [sale(lateOnTheSecond, NEW, 400_000), sale(joined - 86_400_000 * 40, OLD, 999_900)],
    members: [
      { id: NEW, createdAt: joined, openedBy: null },
      { id: OLD, createdAt: joined - 86_400_000 * 400, openedBy: null },
    ],
    tills: new Map([
      ['2026-10-01', { salesFen: 1_000_000, tickets: 20, pieces: 30 }],
      ['2026-10-02', { salesFen: 1_000_000, tickets: 20, pieces: 30 }],
    ]),
    year: 2026,
    month: 11,
    growthPoints: 0.1,
  };
}

describe('targetSuggestions', () => {
  test.each(['Asia/Shanghai', 'America/New_York'])(
    'a month of 30 days in %s from last month alone (no till figures a year before)',
    (zone) => {
      const s = targetSuggestions({ ...history(zone), days: 30 });
      expect(s.basis).toEqual({ salesFen: 2_000_000, tillDays: 2 });
      expect(s.expectedSalesFen).toBe(30_000_000);
      expect(s.vipShare).toMatchObject({ monthOnMonth: 0.2, yearOnYear: null, vipSalesFen: 9_000_000 });
      expect(s.vipShare.share).toBeCloseTo(0.3);
      // ¥300,000 × 20 % new-VIP share ÷ ¥500 average ticket.
      expect(s.newCards).toMatchObject({ newVipShare: 0.2, averageTicketFen: 50_000, newCards: 120 });
    },
  );

  test('one day of the month asks a day’s share of it', () => {
    const s = targetSuggestions({ ...history('Asia/Shanghai'), days: 1 });
    expect(s.expectedSalesFen).toBe(1_000_000);
    expect(s.vipShare.vipSalesFen).toBe(300_000);
    expect(s.newCards?.newCards).toBe(4);
  });

  test('no till figures at all suggests nothing rather than zero', () => {
    const s = targetSuggestions({ ...history('Asia/Shanghai'), tills: new Map(), days: 31 });
    expect(s.vipShare.share).toBeNull();
    expect(s.newCards).toBeNull();
  });
});
