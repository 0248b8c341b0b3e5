import { describe, expect, test } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../../tests/fixtures/render-app';
import {
  onlineAdminTests,
  refused,
  signInAs,
  type SeenCall,
} from '../../../../tests/fixtures/admin-fixtures';
import { newDeviceId, newStaffId } from '../../../../tests/fixtures/factories';
import { staffServer } from '../../../../tests/fixtures/staff-server';
import type { StaffCard } from '../../../shared/schemas/security.schema';
import type { SignedInStaff } from '../../state/staff-session.state';
import StaffPage from './staff-page';

const associate: StaffCard = { id: newStaffId(), name: '李娜', role: 'associate', pin: null };
const colleague: StaffCard = { id: newStaffId(), name: '赵店长', role: 'manager', pin: null };
const otherTablet = newDeviceId();

/** The store's server: three staff and two tablets, this one and another. */
function storeServer(me: SignedInStaff, answer?: (call: SeenCall) => Response | undefined) {
  return staffServer(me, {
    colleagues: [associate, colleague],
    devices: [
      {
        id: newDeviceId(),
        name: '收银台平板',
        createdAt: 0,
        lastSeenAt: Date.now(),
        revokedAt: null,
        current: true,
      },
      {
        id: otherTablet,
        name: '试衣间平板',
        createdAt: 0,
        lastSeenAt: Date.now() - 3.5 * 60_000,
        revokedAt: null,
        current: false,
      },
    ],
    answer,
  });
}

onlineAdminTests();

describe('staff and tablets', () => {
  test('the owner adds a staff member with her first PIN', async () => {
    const user = userEvent.setup();
    const me = signInAs('owner', { name: '王丽' });
    const calls = storeServer(me);
    renderApp(<StaffPage />);
    expect(await screen.findByRole('listitem', { name: '李娜' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '添加员工' }));
    await user.type(screen.getByLabelText('姓名'), '孙悦');
    await user.selectOptions(screen.getByLabelText('角色'), '店长');
    await user.type(screen.getByLabelText('首次 PIN 码'), '111111');
    expect(screen.getByText('不是同一个数字重复')).toHaveAttribute('data-state', 'bad');
    await user.clear(screen.getByLabelText('首次 PIN 码'));
    await user.type(screen.getByLabelText('首次 PIN 码'), '402719');
    await user.type(screen.getByLabelText('再输一次'), '402719');
    await user.click(screen.getByRole('button', { name: '添加员工' }));

    expect(await screen.findByText('已添加 孙悦。')).toBeInTheDocument();
    expect(await screen.findByRole('listitem', { name: '孙悦' })).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST' && c.path === '/api/staff')?.body).toEqual({
      name: '孙悦',
      role: 'manager',
      pin: '402719',
    });
  });

  test('the last owner cannot step down: the refusal is said in words', async () => {
    const user = userEvent.setup();
    const me = signInAs('owner', { name: '王丽' });
    storeServer(me, (call) =>
      call.method === 'PATCH' ? refused(409, 'last-owner', '门店至少要保留一位店主。', 'role') : undefined,
    );
    renderApp(<StaffPage />);
    const row = within(await screen.findByRole('listitem', { name: '王丽' }));
    await user.selectOptions(row.getByLabelText('王丽 的角色'), '店长');
    await user.click(row.getByRole('button', { name: '更改角色' }));
    const dialog = within(screen.getByRole('alertdialog', { name: '把 王丽 改为店长？' }));
    await user.click(dialog.getByRole('button', { name: '确认更改' }));
    expect(await dialog.findByRole('alert')).toHaveTextContent('门店至少要保留一位店主。');
  });

  test('revoking a tablet asks first and says what will happen; this tablet cannot be revoked', async () => {
    const user = userEvent.setup();
    const me = signInAs('owner', { name: '王丽' });
    const calls = storeServer(me);
    renderApp(<StaffPage />);
    const here = within(await screen.findByRole('listitem', { name: '收银台平板' }));
    expect(here.getByText('这台平板')).toBeInTheDocument();
    expect(here.queryByRole('button', { name: '停用' })).not.toBeInTheDocument();

    const other = within(screen.getByRole('listitem', { name: '试衣间平板' }));
    expect(other.getByText(/最后联网：3 分钟前/)).toBeInTheDocument();
    await user.click(other.getByRole('button', { name: '停用' }));
    const dialog = screen.getByRole('alertdialog', { name: '停用“试衣间平板”？' });
    expect(dialog).toHaveTextContent('会删除平板上的全部会员资料和还没同步的改动');
    expect(calls.some((c) => c.path.endsWith('/revoke'))).toBe(false);

    await user.click(within(dialog).getByRole('button', { name: '确认停用' }));
    expect(await screen.findByText('“试衣间平板”已停用。')).toBeInTheDocument();
    expect(calls.find((c) => c.path.endsWith('/revoke'))).toMatchObject({
      method: 'POST',
      path: `/api/devices/${otherTablet}/revoke`,
    });
  });

  test('a manager resets associates’ PINs and makes enrol codes, and sees no owner controls', async () => {
    const user = userEvent.setup();
    const me = signInAs('manager');
    const calls = storeServer(me);
    renderApp(<StaffPage />);
    const li = within(await screen.findByRole('listitem', { name: '李娜' }));
    expect(li.getByRole('button', { name: '重置 PIN 码' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('listitem', { name: '赵店长' })).queryByRole('button', { name: '重置 PIN 码' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '添加员工' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '移出门店' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: '平板' })).not.toBeInTheDocument();
    expect(calls.some((c) => c.path === '/api/devices')).toBe(false);

    await user.click(screen.getByRole('button', { name: '生成绑定码' }));
    expect(await screen.findByText('K7M2QX9P')).toBeInTheDocument();
    expect(screen.getByText(/^(10:00|9:5\d) 后失效$/)).toBeInTheDocument();
    expect(await screen.findByRole('img', { name: '绑定码 K7M2QX9P 的二维码' })).toBeInTheDocument();

    await user.click(li.getByRole('button', { name: '重置 PIN 码' }));
    await user.type(li.getByLabelText('新的 PIN 码'), '402719');
    await user.type(li.getByLabelText('再输一次'), '402719');
    await user.click(li.getByRole('button', { name: '保存新 PIN 码' }));
    expect(await screen.findByText('李娜 的 PIN 码已更新。')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PUT')).toMatchObject({
      path: `/api/staff/${associate.id}/pin`,
      body: { pin: '402719' },
    });
  });
});
