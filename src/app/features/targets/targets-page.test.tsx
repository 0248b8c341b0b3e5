import { beforeEach, describe, expect, test } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { v7 as uuidv7 } from 'uuid';
import { daysInMonth } from '../../../shared/domain/calendar-day';
import { dayKey, dayStartMs } from '../../../shared/domain/counter/store-days';
import { localDayIn } from '../../../shared/domain/time-zone';
import type { EventId, MemberId } from '../../../shared/schemas/ids.schema';
import { writeMeta } from '../../db/meta';
import { useSession } from '../../state/session.state';
import { CHEN, ENROLMENT, LI } from '../../../../tests/fixtures/lock-fixtures';
import { renderOnTestTablet } from '../../../../tests/fixtures/tablet-screen';
import { testTablet } from '../../../../tests/fixtures/test-tablet';
import TargetsPage from './targets-page';

beforeEach(() => {
  useSession.getState().enrolled(ENROLMENT);
});

/** Last month in the store's zone: two till days of ¥10,000 and 20 tickets, members bought ¥4,000. */
async function lastMonthHistory(db: ReturnType<typeof testTablet>['db']) {
  const today = localDayIn('Asia/Shanghai', Date.now());
  const first = { year: today.year, month: today.month - 1, day: 1 };
  if (first.month === 0) Object.assign(first, { year: today.year - 1, month: 12 });
  for (const day of [1, 2])
    await db.records.put({
      type: 'tillDay',
      key: dayKey({ ...first, day }),
      server: null,
      fields: { salesFen: 1_000_000, tickets: 20, pieces: 30 },
    });
  const at = dayStartMs(first, 'Asia/Shanghai') + 12 * 3_600_000;
  await db.events.add({
    id: uuidv7({ msecs: at }) as EventId,
    memberId: '0190a000-0000-7000-8000-0000000000aa' as MemberId,
    staffId: LI.id,
    at,
    kind: 'purchase',
    payload: {
      items: [{ styleNo: 'FW26-01', category: 'tops', size: 'M', quantity: 1, unitPrice: 400_000 }],
      total: 400_000,
    },
  });
  return today;
}

async function show() {
  const tablet = testTablet();
  const today = await lastMonthHistory(tablet.db);
  await writeMeta(tablet.db, 'staffRoster', {
    staff: [
      { ...CHEN, role: 'manager', pin: null },
      { ...LI, role: 'associate', pin: null },
    ],
    policy: { idleLockMinutes: 3, signInHours: 12, offlineLimitHours: 72 },
    serverTime: Date.now(),
  });
  return { ...renderOnTestTablet(<TargetsPage />, { tablet }), today };
}

const form = (name: string) => screen.findByRole('form', { name });

describe('the targets page', () => {
  test('the month plan suggests from last month, and saves every day of the month in one go', async () => {
    const { db, today } = await show();
    const month = await form('月度计划');
    const m = within(month);
    expect(
      await m.findByText('建议 25%：上月 20%，去年同月 无数据，平均 20%，加 5 个百分点。'),
    ).toBeInTheDocument();
    const days = daysInMonth(today.year, today.month);
    // ¥10,000 a day over the month's days, a quarter of it the members'.
    expect(
      await m.findByText(
        new RegExp(`预计销售 ¥${(10_000 * days).toLocaleString('en-US')}\\.00 × 会员占比 25%`),
      ),
    ).toBeInTheDocument();
    await userEvent.click(m.getByRole('button', { name: /采用建议 ¥/ }));
    await userEvent.click(m.getByRole('button', { name: '采用建议 25%' }));
    for (const [label, value] of [
      ['新开卡数', '31'],
      ['会员到店人次', '100'],
      ['完成回访数', '45'],
    ] as const)
      await userEvent.type(m.getByLabelText(label), value);
    await userEvent.click(m.getByRole('button', { name: '保存整月计划' }));
    expect(await m.findByText(new RegExp(`共 ${days} 天的目标`))).toBeInTheDocument();
    const queued = (await db.outbox.toArray()).map(
      (r) => r.mutation.payload as { fields: { newCards: number } },
    );
    expect(queued).toHaveLength(days);
    expect(queued.reduce((sum, q) => sum + q.fields.newCards, 0)).toBe(31);
  });

  test('a share above 100 % is refused in words, and nothing is queued', async () => {
    const { db } = await show();
    const month = await form('月度计划');
    const m = within(month);
    await userEvent.type(m.getByLabelText('会员占比（%）'), '120');
    await userEvent.click(m.getByRole('button', { name: '保存整月计划' }));
    expect(await m.findByText('请填写 0 到 100 之间的百分比，最多两位小数。')).toBeInTheDocument();
    expect(m.getByLabelText('会员占比（%）')).toHaveValue('120');
    expect(await db.outbox.count()).toBe(0);
  });

  test('an associate’s quarterly new-card target is saved under her key', async () => {
    const { db, today } = await show();
    const staff = await form('店员季度开卡目标');
    const m = within(staff);
    await userEvent.type(m.getByLabelText('李娜的开卡目标'), '40');
    await userEvent.click(m.getByRole('button', { name: '保存开卡目标' }));
    // The card starts again with the saved target in it.
    expect(await screen.findByText('已保存开卡目标。')).toBeInTheDocument();
    expect(screen.getByLabelText('李娜的开卡目标')).toHaveValue('40');
    const quarter = Math.floor((today.month - 1) / 3) + 1;
    await waitFor(async () =>
      expect((await db.outbox.toArray()).map((r) => r.mutation)).toEqual([
        expect.objectContaining({
          entityId: `${LI.id}/${today.year}-Q${quarter}`,
          payload: { fields: { newCards: 40 } },
        }),
      ]),
    );
  });
});
