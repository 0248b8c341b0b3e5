import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { activityStatus, cardsAboutToLapse, deadCardRate, idleDays, type ActivityStatus } from './dormancy';

const CHINA = 480;
const DAY = 86_400_000;
/** Milliseconds at a Shanghai wall-clock time in 2026. */
const shanghai = (month: number, day: number, hour = 12) =>
  Date.UTC(2026, month - 1, day, hour) - CHINA * 60_000;
const clock = { now: shanghai(7, 1), timeZoneOffsetMinutes: CHINA };
const thresholds = { dormantAfterDays: 60, lapseAfterDays: 150, deadAfterDays: 180 };
const SIGNED_UP = shanghai(1, 1);
const lastSeenDaysAgo = (days: number) => ({
  lastVisitAt: clock.now - days * DAY,
  createdAt: SIGNED_UP - 400 * DAY,
});

describe('idleDays', () => {
  test('counts store days since the last visit, by the calendar not by hours', () => {
    expect(idleDays({ lastVisitAt: shanghai(6, 30, 23), createdAt: SIGNED_UP }, clock)).toBe(1);
    // 07:00 on July 1 in Shanghai is June 30 in UTC, yet the same store day as now.
    expect(idleDays({ lastVisitAt: shanghai(7, 1, 7), createdAt: SIGNED_UP }, clock)).toBe(0);
  });

  test('counts from sign-up when the member never came back', () => {
    expect(idleDays({ lastVisitAt: 0, createdAt: SIGNED_UP }, clock)).toBe(181);
  });
});

describe('activityStatus', () => {
  test.each([
    [0, 'active'],
    [59, 'active'],
    [60, 'dormant'],
    [149, 'dormant'],
    [150, 'about-to-lapse'],
    [179, 'about-to-lapse'],
    [180, 'dead'],
    [2000, 'dead'],
  ] as const)('is %i idle days: %s', (days, status) => {
    expect(activityStatus(lastSeenDaysAgo(days), clock, thresholds)).toBe(status);
  });

  test('judges a member who never came back from her sign-up', () => {
    expect(activityStatus({ lastVisitAt: 0, createdAt: shanghai(6, 1) }, clock, thresholds)).toBe('active');
    expect(activityStatus({ lastVisitAt: 0, createdAt: SIGNED_UP }, clock, thresholds)).toBe('dead');
  });

  test('only gets worse as days pass without a visit', () => {
    const order: ActivityStatus[] = ['active', 'dormant', 'about-to-lapse', 'dead'];
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), (a, b) => {
        const rank = (days: number) =>
          order.indexOf(activityStatus(lastSeenDaysAgo(days), clock, thresholds));
        expect(rank(Math.min(a, b))).toBeLessThanOrEqual(rank(Math.max(a, b)));
      }),
    );
  });
});

describe('deadCardRate', () => {
  test('is the share of dead cards', () => {
    expect(deadCardRate(['active', 'dead', 'dormant', 'dead'])).toBe(0.5);
    expect(deadCardRate(['active', 'about-to-lapse'])).toBe(0);
    expect(deadCardRate([])).toBe(0);
  });
});

describe('cardsAboutToLapse', () => {
  test('lists cards that die within the horizon, soonest first, with the day they die', () => {
    const members = [
      { name: '王芳', ...lastSeenDaysAgo(170) },
      { name: '李娜', ...lastSeenDaysAgo(100) },
      { name: '张伟', ...lastSeenDaysAgo(179) },
      { name: '刘洋', ...lastSeenDaysAgo(180) },
      { name: '陈静', ...lastSeenDaysAgo(149) },
    ];
    expect(
      cardsAboutToLapse(members, clock, thresholds, 31).map((c) => [c.member.name, c.daysLeft, c.deadOn]),
    ).toEqual([
      ['张伟', 1, { year: 2026, month: 7, day: 2 }],
      ['王芳', 10, { year: 2026, month: 7, day: 11 }],
      ['陈静', 31, { year: 2026, month: 8, day: 1 }],
    ]);
  });

  test('agrees with activityStatus: listed cards are alive today and dead on their day', () => {
    fc.assert(
      fc.property(fc.nat(400), fc.nat(60), (days, horizon) => {
        const member = lastSeenDaysAgo(days);
        const listed = cardsAboutToLapse([member], clock, thresholds, horizon);
        if (listed.length === 0 && activityStatus(member, clock, thresholds) !== 'dead') {
          const atHorizon = { ...clock, now: clock.now + horizon * DAY };
          expect(activityStatus(member, atHorizon, thresholds)).not.toBe('dead');
        }
        for (const card of listed) {
          expect(activityStatus(member, clock, thresholds)).not.toBe('dead');
          const onDeadDay = { ...clock, now: clock.now + card.daysLeft * DAY };
          const dayBefore = { ...clock, now: onDeadDay.now - DAY };
          expect(activityStatus(member, onDeadDay, thresholds)).toBe('dead');
          expect(activityStatus(member, dayBefore, thresholds)).not.toBe('dead');
        }
      }),
    );
  });
});
