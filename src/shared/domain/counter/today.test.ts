import { describe, expect, test } from 'vitest';
import { DEFAULT_PROGRAMME_RULES } from '../programme/rules';
import { todayAtCounter, type TodayInput } from './today';
import { came, followUp, holder, LI, member, sale, shanghai, voided, ZHOU } from './test-builders';

const today = { year: 2026, month: 11, day: 20 };
const base: TodayInput = {
  today,
  timeZone: 'Asia/Shanghai',
  rules: DEFAULT_PROGRAMME_RULES,
  events: [],
  members: [],
  till: null,
  target: null,
};

describe('todayAtCounter', () => {
  test('the seeds’ day: ¥5,000 of VIP sales on a ¥10,000 till is 50 %, the target met', () => {
    const figures = todayAtCounter({
      ...base,
      events: [sale(shanghai(11), member(1), 300_000, 3), sale(shanghai(15), member(2), 200_000, 1, ZHOU)],
      till: { salesFen: 1_000_000, tickets: 10, pieces: 15 },
      target: { vipSalesFen: 500_000, vipShareBp: 5_000 },
    });
    expect(figures.vip.salesFen).toBe(500_000);
    expect(figures.vipShare).toBe(0.5);
    expect(figures.vipShareTarget).toBe(0.5);
    expect(figures.vipSales).toEqual({ actual: 500_000, target: 500_000, fraction: 1, met: true });
    expect(figures.vip.averageTicketFen).toBe(250_000);
    expect(figures.vip.attachRate).toBe(2);
    expect(figures.associates).toEqual(
      expect.arrayContaining([
        { staffId: LI, cardsOpened: 0, vipSalesFen: 300_000, followUpsDone: 0 },
        { staffId: ZHOU, cardsOpened: 0, vipSalesFen: 200_000, followUpsDone: 0 },
      ]),
    );
  });

  test('a day with no sales: zeros, no share, no average ticket to divide by', () => {
    const figures = todayAtCounter({
      ...base,
      till: { salesFen: 0, tickets: 0, pieces: 0 },
      target: { vipSalesFen: 500_000 },
    });
    expect(figures.vip).toMatchObject({ salesFen: 0, tickets: 0, averageTicketFen: 0, attachRate: 0 });
    expect(figures.vipShare).toBeNull();
    expect(figures.vipSales).toEqual({ actual: 0, target: 500_000, fraction: 0, met: false });
    expect(figures.associates).toEqual([]);
  });

  test('till figures not in yet: the members’ figures stand, the share waits', () => {
    const figures = todayAtCounter({ ...base, events: [sale(shanghai(11), member(1), 120_000, 2)] });
    expect(figures.till).toBeNull();
    expect(figures.vipShare).toBeNull();
    expect(figures.vip).toMatchObject({ salesFen: 120_000, tickets: 1, pieces: 2, visits: 1 });
    expect(figures.vipSales.target).toBeNull();
    expect(figures.vipSales.fraction).toBeNull();
  });

  test('a day with only VIP sales: the share is 100 %', () => {
    const figures = todayAtCounter({
      ...base,
      events: [sale(shanghai(10), member(1), 80_000)],
      till: { salesFen: 80_000, tickets: 1, pieces: 1 },
    });
    expect(figures.vipShare).toBe(1);
  });

  test('a voided purchase counts for nothing, its visit neither', () => {
    const wrong = sale(shanghai(10), member(1), 999_900);
    const figures = todayAtCounter({
      ...base,
      events: [wrong, voided(wrong, shanghai(10, 5)), sale(shanghai(12), member(2), 50_000)],
    });
    expect(figures.vip).toMatchObject({ salesFen: 50_000, tickets: 1, visits: 1 });
  });

  test('VIP visits count each member once a day; yesterday and tomorrow stay out', () => {
    const figures = todayAtCounter({
      ...base,
      events: [
        came(shanghai(10), member(1)),
        sale(shanghai(16), member(1), 10_000),
        came(shanghai(23, 59), member(2)),
        came(shanghai(23, 59, 19), member(3)),
        came(shanghai(0, 0, 21), member(4)),
      ],
      target: { vipVisits: 4 },
    });
    expect(figures.vipVisits).toEqual({ actual: 2, target: 4, fraction: 0.5, met: false });
  });

  test('a store in New York counts its own evening, not Shanghai’s next morning', () => {
    // 23:30 on the 20th in New York is 12:30 on the 21st in Shanghai.
    const evening = Date.UTC(2026, 10, 21, 4, 30);
    const ny = todayAtCounter({
      ...base,
      timeZone: 'America/New_York',
      events: [sale(evening, member(1), 10_000)],
    });
    expect(ny.vip.salesFen).toBe(10_000);
    const sh = todayAtCounter({ ...base, events: [sale(evening, member(1), 10_000)] });
    expect(sh.vip.salesFen).toBe(0);
  });

  test('new cards against target, each on the row of the associate who opened it', () => {
    const figures = todayAtCounter({
      ...base,
      members: [holder(1, shanghai(9)), holder(2, shanghai(14), ZHOU), holder(3, shanghai(14, 0, 19))],
      target: { newCards: 3 },
    });
    expect(figures.newCards).toEqual({ actual: 2, target: 3, fraction: 2 / 3, met: false });
    expect(figures.associates.find((a) => a.staffId === ZHOU)?.cardsOpened).toBe(1);
  });

  test('follow-ups due today, overdue, and done today by whoever called', () => {
    const dueToday = sale(shanghai(11, 0, 13), member(1), 10_000); // 13th + 7 days = the 20th
    const overdue = sale(shanghai(11, 0, 10), member(2), 10_000);
    const answered = sale(shanghai(11, 0, 15), member(3), 10_000);
    const figures = todayAtCounter({
      ...base,
      events: [dueToday, overdue, answered, followUp(shanghai(9), member(3), ZHOU)],
      target: { followUps: 2 },
    });
    expect(figures.followUps).toMatchObject({ dueToday: 1, overdue: 1, done: 1 });
    expect(figures.followUps.progress).toMatchObject({ actual: 1, target: 2, fraction: 0.5 });
    expect(figures.associates.find((a) => a.staffId === ZHOU)?.followUpsDone).toBe(1);
  });

  test('a member away 90 days or more came back; one seen last month did not', () => {
    const DAY = 86_400_000;
    const figures = todayAtCounter({
      ...base,
      members: [
        holder(1, shanghai(10) - 400 * DAY),
        holder(2, shanghai(10) - 400 * DAY),
        holder(3, shanghai(10) - 100 * DAY),
      ],
      events: [
        came(shanghai(10) - 120 * DAY, member(1)),
        came(shanghai(10), member(1)),
        came(shanghai(10) - 30 * DAY, member(2)),
        came(shanghai(11), member(2)),
        // Signed up 100 days ago and never came since: back after a dormant spell.
        sale(shanghai(12), member(3), 5_000),
      ],
    });
    expect(figures.cameBack.sort()).toEqual([member(1), member(3)].sort());
  });
});
