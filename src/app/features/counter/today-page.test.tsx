import { describe, expect, test } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { MemberId } from '../../../shared/schemas/ids.schema';
import { TabletRuntimeProvider } from '../../tablet/tablet-context';
import { memberFields } from '../../../../tests/fixtures/factories';
import { CHEN, holdTablet, LI, rosterTabletEachTest } from '../../../../tests/fixtures/lock-fixtures';
import { useStaffSession } from '../../state/staff-session.state';
import { renderApp } from '../../../../tests/fixtures/render-app';
import { appCommandDeps } from '../../commands/commands';
import { saveFieldRecord } from '../../commands/field-record-commands';
import { dayKey } from '../../../shared/domain/counter/store-days';
import { localDayIn } from '../../../shared/domain/time-zone';
import { ENROLMENT } from '../../../../tests/fixtures/lock-fixtures';
import TodayPage from './today-page';

const tablet = rosterTabletEachTest();

/** Signed up by whoever holds the tablet: she takes the consent, so the card is hers. */
async function signUp(name: string): Promise<MemberId> {
  const staffId = useStaffSession.getState().current?.staff.id ?? LI.id;
  const r = await (
    await tablet.runtime.commands()
  ).signUpMember({
    fields: memberFields({
      name,
      consent: { ...memberFields().consent, staffId },
      phone: `139${Math.floor(Math.random() * 1e8)
        .toString()
        .padStart(8, '0')}`,
    }),
  });
  if (!r.ok) throw new Error(r.error.code);
  return r.value.memberId;
}

async function sell(memberId: MemberId, unitPrice: number, quantity = 1) {
  const r = await (
    await tablet.runtime.commands()
  ).recordPurchase(memberId, {
    items: [{ styleNo: 'FW26-01', category: 'tops', size: 'M', quantity, unitPrice }],
  });
  if (!r.ok) throw new Error(r.error.code);
}

/** A manager's edit of a field record, as the targets and till forms save it. */
async function saveRecord(type: 'tillDay' | 'dayTarget', fields: object) {
  const deps = appCommandDeps(tablet.runtime.db, () => ({
    deviceId: ENROLMENT.device.id,
    staffId: CHEN.id,
    role: 'manager',
  }));
  const today = dayKey(localDayIn('Asia/Shanghai', Date.now()));
  const r = await saveFieldRecord(deps, type, today, fields);
  if (!r.ok) throw new Error(r.error.code);
}

function show() {
  renderApp(
    <TabletRuntimeProvider runtime={tablet.runtime}>
      <TodayPage />
    </TabletRuntimeProvider>,
    { route: '/counter' },
  );
}

const tile = (name: string) => screen.findByRole('region', { name });

describe('today at the counter', () => {
  test('with nothing recorded: zeros, and it says the till’s figures are not in and no target is set', async () => {
    holdTablet(CHEN, 'manager');
    show();
    expect(await screen.findByRole('note')).toHaveTextContent('今天收银台的数据还没有录入');
    expect(await tile('VIP销售额')).toHaveTextContent('¥0');
    expect(await tile('VIP销售占比')).toHaveTextContent('等收银数据');
    expect(screen.getByText('今天还没有设定目标。')).toBeInTheDocument();
    expect(screen.getByText('今天还没有导购开卡、销售或回访。')).toBeInTheDocument();
  });

  test('a purchase recorded on this tablet shows at once, on the row of the associate who made it', async () => {
    holdTablet(LI, 'associate');
    const member = await signUp('王芳');
    holdTablet(CHEN, 'manager');
    show();
    const cards = await tile('新开卡');
    await waitFor(() => expect(cards).toHaveTextContent('1'));
    holdTablet(LI, 'associate');
    await sell(member, 75_000, 2);
    holdTablet(CHEN, 'manager');
    const sales = await tile('VIP销售额');
    await waitFor(() => expect(sales).toHaveTextContent('¥1,500'));
    expect(within(await tile('VIP连带率')).getByText('2')).toBeInTheDocument();
    expect(await tile('VIP到店')).toHaveTextContent('1');
    const row = screen.getByRole('row', { name: /李娜/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1', '¥1,500', '0']);
    // Her second purchase: she is on the list already, and only her events are read again.
    holdTablet(LI, 'associate');
    await sell(member, 80_000);
    await waitFor(() => expect(sales).toHaveTextContent('¥2,300'));
  });

  test('an associate sees the store’s figures and her own row only', async () => {
    holdTablet(CHEN, 'manager');
    const member = await signUp('张丽');
    await sell(member, 80_000);
    holdTablet(LI, 'associate');
    const other = await signUp('赵敏');
    await sell(other, 20_000);
    show();
    const sales = await tile('VIP销售额');
    await waitFor(() => expect(sales).toHaveTextContent('¥1,000'));
    // Her row follows the store's figures once the members' shares are counted.
    expect(await screen.findByRole('region', { name: '我的今日' })).toBeInTheDocument();
    expect(await screen.findByRole('row', { name: /李娜/ })).toBeInTheDocument();
    expect(screen.queryByRole('row', { name: /陈静/ })).toBeNull();
  });

  test('the seeds’ day: ¥5,000 of VIP sales on a ¥10,000 till is 50 %, and the target is met in words', async () => {
    holdTablet(CHEN, 'manager');
    const member = await signUp('王芳');
    await sell(member, 500_000);
    await saveRecord('tillDay', { salesFen: 1_000_000, tickets: 10, pieces: 15 });
    await saveRecord('dayTarget', { vipSalesFen: 500_000, vipShareBp: 5_000, newCards: 2 });
    show();
    await waitFor(() =>
      expect(screen.getByRole('progressbar', { name: 'VIP销售额' })).toHaveAttribute(
        'aria-valuetext',
        '已达成目标（100%）',
      ),
    );
    const share = await tile('VIP销售占比');
    expect(within(share).getByText('50%')).toBeInTheDocument();
    expect(share).toHaveTextContent('占收银总额¥10,000');
    expect(share).toHaveTextContent('目标50%');
    expect(screen.getByRole('progressbar', { name: 'VIP销售额' })).toHaveAttribute(
      'aria-valuetext',
      '已达成目标（100%）',
    );
    expect(within(await tile('新开卡')).getByText('完成50%，还差1')).toBeInTheDocument();
    expect(screen.queryByRole('note')).toBeNull();
  });
});
