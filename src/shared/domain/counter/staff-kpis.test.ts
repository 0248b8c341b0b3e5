import { describe, expect, test } from 'vitest';
import { memberFields } from '../../../../tests/fixtures/factories';
import { DEFAULT_PROGRAMME_RULES } from '../programme/rules';
import { monthOf, quarterRangeOf } from './store-days';
import { staffKpis, type KpiMember, type StaffKpiInput } from './staff-kpis';
import { came, followUp, LI, member, sale, shanghai, ZHOU } from './test-builders';

const today = { year: 2026, month: 11, day: 20 };
const consent = (staffId: typeof LI) => ({ ...memberFields().consent, staffId });
const of = (n: number, createdAt: number, owner: typeof LI, extra = {}): KpiMember => ({
  id: member(n),
  createdAt,
  fields: memberFields({ ownerStaffId: owner, consent: consent(owner), address: '南京西路1号', ...extra }),
});

const base: StaffKpiInput = {
  period: 'month',
  range: monthOf(today),
  today,
  timeZone: 'Asia/Shanghai',
  rules: DEFAULT_PROGRAMME_RULES,
  staffIds: [LI, ZHOU],
  members: [],
  events: [],
  quarterCardTargets: new Map(),
};

describe('staffKpis', () => {
  test('cards against a third of her quarterly target in a month, the whole of it in a quarter', () => {
    const members = [
      of(1, shanghai(10, 0, 3), LI),
      of(2, shanghai(10, 0, 4), LI),
      of(3, shanghai(10, 0, 5, 10), LI),
    ];
    const targets = new Map([[LI, 100]]);
    const [month] = staffKpis({ ...base, members, quarterCardTargets: targets });
    expect(month?.cardsOpened).toMatchObject({ actual: 2, target: 34 });
    const [quarter] = staffKpis({
      ...base,
      period: 'quarter',
      range: quarterRangeOf(today),
      members,
      quarterCardTargets: targets,
    });
    expect(quarter?.cardsOpened).toMatchObject({ actual: 3, target: 100 });
    expect(staffKpis({ ...base, members })[1]?.cardsOpened.target).toBeNull();
  });

  test('her VIP sales and her part of the store’s', () => {
    const [li, zhou] = staffKpis({
      ...base,
      events: [
        sale(shanghai(11, 0, 2), member(1), 30_000, 1, LI),
        sale(shanghai(11, 0, 2), member(2), 10_000, 1, ZHOU),
      ],
    });
    expect(li).toMatchObject({ vipSalesFen: 30_000, shareOfStoreVipSales: 0.75 });
    expect(zhou?.shareOfStoreVipSales).toBe(0.25);
  });

  test('follow-ups done within 7 days of her sales; one still in its days is not owed yet', () => {
    const onTime = sale(shanghai(11, 0, 2), member(1), 10_000);
    const late = sale(shanghai(11, 0, 3), member(2), 10_000);
    const missed = sale(shanghai(11, 0, 4), member(3), 10_000);
    const notYet = sale(shanghai(11, 0, 18), member(4), 10_000);
    const [li] = staffKpis({
      ...base,
      events: [
        onTime,
        late,
        missed,
        notYet,
        followUp(shanghai(9, 0, 6), member(1), ZHOU),
        followUp(shanghai(9, 0, 12), member(2)),
      ],
    });
    expect(li?.followUps).toEqual({ owed: 3, doneInTime: 1, rate: 1 / 3 });
  });

  test('return visits of the members she looks after, her client book and its quality', () => {
    const members = [
      of(1, shanghai(10, 0, 1, 1), LI),
      of(2, shanghai(10, 0, 1, 1), LI, { name: '王', birthday: null, address: null }),
      of(3, shanghai(10, 0, 1, 1), ZHOU),
    ];
    const [li] = staffKpis({
      ...base,
      members,
      events: [
        came(shanghai(10, 0, 2), member(1), ZHOU),
        came(shanghai(15, 0, 2), member(1), ZHOU),
        came(shanghai(10, 0, 9), member(1)),
        came(shanghai(10, 0, 9), member(3)),
      ],
    });
    expect(li?.returnVisits).toEqual({ members: 1, visits: 2 });
    expect(li?.clientBook).toBe(2);
    expect(li?.quality).toMatchObject({ total: 2, complete: 1, share: 0.5 });
    expect(li?.quality.worst[0]).toMatchObject({
      id: member(2),
      gaps: ['surname-only', 'no-birthday', 'no-address'],
    });
  });
});
