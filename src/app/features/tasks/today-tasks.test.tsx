import { beforeEach, describe, expect, test } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MemberId } from '../../../shared/schemas/ids.schema';
import { createCommands, type Commands } from '../../commands/commands';
import { useSession } from '../../state/session.state';
import { useStaffSession } from '../../state/staff-session.state';
import { createSyncStatusStore } from '../../sync/sync-status';
import { TabletRuntimeProvider } from '../../tablet/tablet-context';
import { writeMeta } from '../../db/meta';
import { renderApp } from '../../../../tests/fixtures/render-app';
import { ENROLMENT, rosterOf } from '../../../../tests/fixtures/lock-fixtures';
import { testTablet } from '../../../../tests/fixtures/test-tablet';
import { signUpFields } from '../../../../tests/sync/fixtures/members';
import { TodayTasks } from './today-tasks';

const DRESS = { styleNo: 'W26-118', category: 'dresses' as const, size: 'M', quantity: 1, unitPrice: 89_900 };

beforeEach(() => {
  useSession.getState().enrolled(ENROLMENT);
});

/** 李娜's tablet, with one member of hers who bought a dress today. */
async function herTablet() {
  const tablet = testTablet(Date.now());
  const staffId = tablet.session.staffId;
  useStaffSession.getState().signedIn({ id: staffId, name: '李娜', role: 'associate' }, null, Date.now());
  await writeMeta(
    tablet.db,
    'staffRoster',
    rosterOf([{ id: staffId, name: '李娜', role: 'associate', pin: null }]),
  );
  const commands = createCommands(tablet.deps);
  const signed = await commands.signUpMember({
    fields: signUpFields(tablet.deps, { ownerStaffId: staffId }),
  });
  if (!signed.ok) throw new Error('sign-up failed');
  const memberId = signed.value.memberId;
  await commands.recordPurchase(memberId, { items: [DRESS] });
  const runtime = {
    db: tablet.db,
    status: createSyncStatusStore(),
    commands: () => Promise.resolve(commands),
    startSync: () => () => undefined,
  };
  return { tablet, staffId, memberId, commands, runtime };
}

async function show(language: 'zh-CN' | 'en' = 'zh-CN') {
  const her = await herTablet();
  renderApp(
    <TabletRuntimeProvider runtime={her.runtime}>
      <TodayTasks staffId={her.staffId} />
    </TabletRuntimeProvider>,
    { language },
  );
  const card = await screen.findByRole('article', { name: '张晓梅' });
  return { ...her, card };
}

async function contacts(commands: Commands, memberId: MemberId, times: number) {
  for (let i = 0; i < times; i++) await commands.logContact(memberId, { channel: 'phone', purpose: 'other' });
}

describe('TodayTasks', () => {
  test('a purchase makes a follow-up whose message names her and what she bought, signed by store and associate', async () => {
    const { card } = await show();
    expect(within(card).getByText('购买回访')).toBeInTheDocument();
    const message = within(card).getByLabelText('消息');
    expect(message).toHaveTextContent(/^张女士您好，我是静安嘉里中心店的李娜。您这次选的连衣裙/);
    expect(message).toHaveTextContent(/——静安嘉里中心店 李娜$/);
    expect(within(card).getByRole('link', { name: '发短信' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^sms:13800138000\?body=%E5%BC%A0/),
    );
  });

  test('the name she likes to be called, set on her profile, addresses her in both languages', async () => {
    const user = userEvent.setup();
    const { card, commands, memberId } = await show();
    expect(await commands.editMember(memberId, { preferredName: '晓梅姐' })).toMatchObject({ ok: true });
    await waitFor(() =>
      expect(within(card).getByLabelText('消息')).toHaveTextContent(/^晓梅姐您好，我是静安嘉里中心店的李娜/),
    );
    await user.click(within(card).getByRole('button', { name: 'English' }));
    expect(within(card).getByLabelText('消息')).toHaveTextContent(/^Hello 晓梅姐, this is 李娜/);
  });

  test('the message switches to English', async () => {
    const user = userEvent.setup();
    const { card } = await show();
    await user.click(within(card).getByRole('button', { name: 'English' }));
    expect(within(card).getByLabelText('消息')).toHaveTextContent(
      /^Hello Ms. 张, this is 李娜 from 静安嘉里中心店/,
    );
  });

  test('copy puts the message on the clipboard; completing logs the contact and takes the task off the list', async () => {
    const user = userEvent.setup();
    const { card, tablet, memberId } = await show();
    await user.click(within(card).getByRole('button', { name: '复制到微信' }));
    expect(await navigator.clipboard.readText()).toMatch(/^张女士您好/);
    const form = within(card).getByRole('form', { name: '记录这次联系' });
    expect(within(form).getByLabelText('方式')).toHaveValue('wechat');
    await user.selectOptions(within(form).getByLabelText('结果'), '联系上了');
    await user.type(within(form).getByLabelText('她的反馈'), '很喜欢，问了怎么洗');
    await user.selectOptions(within(form).getByLabelText('满意度（1–5）'), '5');
    await user.click(within(form).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('article', { name: '张晓梅' })).not.toBeInTheDocument());
    expect(screen.getByText('今天没有待办任务。')).toBeInTheDocument();
    const logged = (await tablet.db.events.where('memberId').equals(memberId).toArray()).find(
      (e) => e.kind === 'contact',
    );
    expect(logged?.payload).toMatchObject({
      channel: 'wechat',
      purpose: 'follow-up',
      outcome: 'reached',
      notes: '很喜欢，问了怎么洗',
      satisfaction: 5,
    });
    const states = await tablet.db.records.where('type').equals('taskState').toArray();
    expect(states.map((r) => r.fields)).toEqual([expect.objectContaining({ state: 'done' })]);
  });

  test('completing asks what came of the contact; feedback and satisfaction may stay empty', async () => {
    const user = userEvent.setup();
    const { card, tablet, memberId } = await show();
    await user.click(within(card).getByRole('button', { name: '完成' }));
    const form = within(card).getByRole('form', { name: '记录这次联系' });
    await user.click(within(form).getByRole('button', { name: '保存' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('请选这次联系的结果。');
    expect(within(form).getByLabelText('结果')).toHaveAttribute('aria-invalid', 'true');
    expect((await tablet.db.events.toArray()).some((e) => e.kind === 'contact')).toBe(false);
    await user.selectOptions(within(form).getByLabelText('结果'), '没有回应');
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('article', { name: '张晓梅' })).not.toBeInTheDocument());
    const logged = (await tablet.db.events.where('memberId').equals(memberId).toArray()).find(
      (e) => e.kind === 'contact',
    );
    expect(logged?.payload).toEqual({
      channel: 'wechat',
      purpose: 'follow-up',
      outcome: 'no-answer',
      followsUp: expect.any(String) as string,
    });
  });

  test('skipping asks for a reason and keeps it', async () => {
    const user = userEvent.setup();
    const { card, tablet } = await show();
    await user.click(within(card).getByRole('button', { name: '跳过' }));
    const confirm = within(card).getByRole('button', { name: '确认跳过' });
    expect(confirm).toBeDisabled();
    await user.type(within(card).getByLabelText('跳过原因'), '她在外地出差');
    await user.click(confirm);
    await waitFor(() => expect(screen.queryByRole('article', { name: '张晓梅' })).not.toBeInTheDocument());
    const [state] = await tablet.db.records.where('type').equals('taskState').toArray();
    expect(state?.fields).toMatchObject({ state: 'skipped', reason: '她在外地出差' });
  });

  test('a member contacted as often as the weekly cap allows carries a warning', async () => {
    const { card, commands, memberId } = await show();
    expect(within(card).queryByRole('note')).not.toBeInTheDocument();
    await contacts(commands, memberId, 2);
    expect(await within(card).findByRole('note')).toHaveTextContent('本周已联系她 2 次（上限 2 次）');
  });

  test('with nothing to do it says so', async () => {
    const tablet = testTablet(Date.now());
    renderApp(
      <TabletRuntimeProvider
        runtime={{
          db: tablet.db,
          status: createSyncStatusStore(),
          commands: () => Promise.resolve(createCommands(tablet.deps)),
          startSync: () => () => undefined,
        }}
      >
        <TodayTasks staffId={tablet.session.staffId} />
      </TabletRuntimeProvider>,
      { language: 'en' },
    );
    expect(await screen.findByText('Nothing to do today.')).toBeInTheDocument();
  });
});
