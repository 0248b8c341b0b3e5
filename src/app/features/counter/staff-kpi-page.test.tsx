import { describe, expect, test } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MemberId, StaffId } from '../../../shared/schemas/ids.schema';
import { TabletRuntimeProvider } from '../../tablet/tablet-context';
import { memberFields } from '../../../../tests/fixtures/factories';
import { CHEN, holdTablet, LI, rosterTabletEachTest } from '../../../../tests/fixtures/lock-fixtures';
import { renderApp } from '../../../../tests/fixtures/render-app';
import StaffKpiPage from './staff-kpi-page';

const tablet = rosterTabletEachTest();

/** A member signed up and looked after by `owner`. */
async function member(name: string, owner: StaffId, phone: string, extra = {}): Promise<MemberId> {
  const fields = memberFields({
    name,
    phone,
    ownerStaffId: owner,
    consent: { ...memberFields().consent, staffId: owner },
    address: '南京西路1号',
    ...extra,
  });
  const r = await (await tablet.runtime.commands()).signUpMember({ fields });
  if (!r.ok) throw new Error(r.error.code);
  return r.value.memberId;
}

function show() {
  renderApp(
    <TabletRuntimeProvider runtime={tablet.runtime}>
      <StaffKpiPage />
    </TabletRuntimeProvider>,
    { route: '/counter/staff' },
  );
}

describe('the staff KPIs', () => {
  test('a manager sees every associate, and opens one’s worst records, each a link to the member', async () => {
    holdTablet(CHEN, 'manager');
    await member('王芳', LI.id, '13900000001');
    const poor = await member('王', LI.id, '13900000002', { birthday: null, address: null });
    await member('张丽', CHEN.id, '13900000003');
    show();
    const li = await screen.findByRole('row', { name: /李娜/ });
    expect(within(li).getByText('50%（1/2）')).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /陈静/ })).toBeInTheDocument();
    await userEvent.setup().click(within(li).getByRole('button', { name: '待补全的档案：李娜' }));
    const records = screen.getByRole('region', { name: '待补全的档案：李娜' });
    expect(within(records).getByRole('link', { name: '王' })).toHaveAttribute('href', `/members/${poor}`);
    expect(records).toHaveTextContent('只有姓氏、没有生日、没有地址');
  });

  test('an associate sees only herself; the quarter switch keeps her there', async () => {
    holdTablet(CHEN, 'manager');
    await member('张丽', CHEN.id, '13900000003');
    holdTablet(LI, 'associate');
    await member('王芳', LI.id, '13900000001');
    show();
    expect(await screen.findByRole('row', { name: /李娜/ })).toBeInTheDocument();
    expect(screen.queryByRole('row', { name: /陈静/ })).toBeNull();
    expect(screen.getByText('你只能看到自己的KPI。')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: '按季度' }));
    expect(screen.getByRole('button', { name: '按季度' })).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(2));
  });
});
