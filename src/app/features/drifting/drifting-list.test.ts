import { describe, expect, test } from 'vitest';
import type { MemberId } from '../../../shared/schemas/ids.schema';
import { driftingMembers } from './drifting-list';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 4, 4);
const clock = { now: NOW, timeZoneOffsetMinutes: 480 };
const thresholds = { dormantAfterDays: 90, lapseAfterDays: 180, deadAfterDays: 365 };

const away = (name: string, days: number, createdDaysAgo = 1000) => ({
  id: name as MemberId,
  name,
  phone: '',
  cardNo: '',
  pinyin: '',
  initials: '',
  lastVisitAt: days < 0 ? 0 : NOW - days * DAY,
  createdAt: NOW - createdDaysAgo * DAY,
  birthday: null,
  ownerStaffId: null,
});

describe('driftingMembers', () => {
  test('leaves active members out and lists cards about to lapse first, the longest away first', () => {
    const list = driftingMembers(
      [away('近', 10), away('睡', 100), away('久睡', 150), away('快失效', 200), away('失效', 400)],
      clock,
      thresholds,
    );
    expect(list.map((d) => [d.member.name, d.status, d.idleDays])).toEqual([
      ['快失效', 'about-to-lapse', 200],
      ['久睡', 'dormant', 150],
      ['睡', 'dormant', 100],
      ['失效', 'dead', 400],
    ]);
  });

  test('counts a member who never came back from her sign-up', () => {
    const [only] = driftingMembers([away('新', -1, 120), away('刚来', -1, 5)], clock, thresholds);
    expect(only).toMatchObject({ status: 'dormant', idleDays: 120 });
  });
});
