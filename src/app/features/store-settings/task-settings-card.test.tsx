import { beforeEach, describe, expect, test } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useSession } from '../../state/session.state';
import { ENROLMENT } from '../../../../tests/fixtures/lock-fixtures';
import { renderOnTestTablet } from '../../../../tests/fixtures/tablet-screen';
import type { UiLanguage } from '../../i18n/i18n';
import { TaskSettingsCard } from './task-settings-card';

beforeEach(() => {
  useSession.getState().enrolled(ENROLMENT);
});

const storeId = ENROLMENT.store.id;
const show = (role: 'manager' | 'associate' = 'manager', language: UiLanguage = 'zh-CN') =>
  renderOnTestTablet(<TaskSettingsCard storeId={storeId} />, { role, language });

describe('the task settings card', () => {
  test('a manager switches Qixi off and adds the store anniversary on a lunar day', async () => {
    const user = userEvent.setup();
    const { db } = show();
    const qixi = await screen.findByRole('checkbox', { name: '七夕（农历7月7日）' });
    expect(qixi).toBeChecked();
    await user.click(qixi);
    await waitFor(async () =>
      expect((await db.settings.get(storeId))?.fields.holidays.off).toEqual(['qixi']),
    );

    const form = screen.getByRole('form', { name: '添加本店的节日' });
    await user.type(within(form).getByLabelText('节日名称（中文）'), '店庆');
    await user.selectOptions(within(form).getByLabelText('历法'), '农历');
    await user.type(within(form).getByLabelText('月'), '3');
    await user.type(within(form).getByLabelText('日'), '18');
    await user.click(within(form).getByRole('button', { name: '添加节日' }));
    expect(await within(form).findByRole('status')).toHaveTextContent('已添加');
    expect(screen.getByText('店庆（农历3月18日）')).toBeInTheDocument();
    const own = (await db.settings.get(storeId))?.fields.holidays.own;
    expect(own).toMatchObject([{ name: { zh: '店庆', en: '店庆' }, calendar: 'lunar', month: 3, day: 18 }]);
    expect(await db.outbox.count()).toBe(2);

    await user.click(screen.getByRole('button', { name: '删除 店庆' }));
    await waitFor(async () => expect((await db.settings.get(storeId))?.fields.holidays.own).toEqual([]));
  });

  test('30 February and a lunar 31st are refused beside the day, and what was typed stays', async () => {
    const user = userEvent.setup();
    const { db } = show();
    const form = await screen.findByRole('form', { name: '添加本店的节日' });
    const name = within(form).getByLabelText('节日名称（中文）');
    const day = within(form).getByLabelText('日');
    await user.type(name, '店庆');
    await user.type(within(form).getByLabelText('月'), '2');
    await user.type(day, '30');
    await user.click(within(form).getByRole('button', { name: '添加节日' }));
    await waitFor(() => expect(day).toHaveAttribute('aria-invalid', 'true'));
    expect(within(form).getByText('公历2月没有这一天')).toBeInTheDocument();

    await user.selectOptions(within(form).getByLabelText('历法'), '农历');
    await user.clear(day);
    await user.type(day, '31');
    await user.click(within(form).getByRole('button', { name: '添加节日' }));
    expect(await within(form).findByText('农历每月最多 30 天')).toBeInTheDocument();
    expect(name).toHaveValue('店庆');
    expect(day).toHaveValue('31');
    expect(await db.outbox.count()).toBe(0);
  });

  test('a manager sets the greeting days, "long time no see" and the weekly cap', async () => {
    const user = userEvent.setup();
    const { db } = show();
    const form = await screen.findByRole('form', { name: '提醒与联系' });
    const cap = within(form).getByLabelText('每位顾客每周最多联系几次');
    expect(cap).toHaveValue('2');
    await user.clear(cap);
    await user.type(cap, '1');
    const holiday = within(form).getByLabelText('节日前几天提醒问候');
    await user.clear(holiday);
    await user.type(holiday, '5');
    await user.click(within(form).getByRole('button', { name: '保存' }));
    // The form starts again with what was saved; the card keeps saying so.
    expect(await screen.findByRole('status')).toHaveTextContent('已保存');
    expect(screen.getByLabelText('每位顾客每周最多联系几次')).toHaveValue('1');
    const fields = (await db.settings.get(storeId))?.fields;
    expect(fields?.taskTiming).toEqual({ holidayDaysAhead: 5, birthdayDaysAhead: 3, weeklyContactCap: 1 });
    const [queued] = await db.outbox.toArray();
    // The rules were not touched, so they are not sent over another tablet's edit of them.
    expect(queued?.mutation.payload).toEqual({ fields: { taskTiming: fields?.taskTiming } });
  });

  test('"long time no see" at or past the lapse is refused in English too', async () => {
    const user = userEvent.setup();
    const { db } = show('manager', 'en');
    const form = await screen.findByRole('form', { name: 'Reminders and contacts' });
    const dormant = within(form).getByLabelText('Days without a visit before "long time no see"');
    await user.clear(dormant);
    await user.type(dormant, '9999');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByText(/^Between 1 and \d+ days/)).toBeInTheDocument();
    expect(dormant).toHaveValue('9999');
    expect(await db.outbox.count()).toBe(0);
  });

  test('an associate does not see it', () => {
    show('associate');
    expect(screen.queryByRole('heading', { name: '任务与节日问候' })).not.toBeInTheDocument();
  });
});
