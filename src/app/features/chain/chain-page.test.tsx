import { describe, expect, test } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../../tests/fixtures/render-app';
import {
  fakeApi,
  json,
  onlineAdminTests,
  refused,
  signInAs,
  type SeenCall,
} from '../../../../tests/fixtures/admin-fixtures';
import type { StoreSummary } from '../../../shared/schemas/chain.schema';
import type { StoreId } from '../../../shared/schemas/ids.schema';
import ChainPage from './chain-page';

const store = (over: Partial<StoreSummary>): StoreSummary => ({
  id: '0190a000-0000-7000-8000-0000000000a1' as StoreId,
  name: '静安嘉里中心店',
  createdAt: Date.UTC(2026, 0, 5),
  members: 1_234,
  newMembers30d: 56,
  purchases30d: 78,
  sales30d: 12_345_600,
  devices: 3,
  lastContactAt: Date.now() - 5 * 60_000,
  vipToday: { salesFen: 480_000, targetFen: 500_000 },
  vipMonthToDate: { salesFen: 2_000_000, targetFen: null },
  ...over,
});

/** Head office's server: the stores, and a new one added when asked. */
function headOffice(answer?: (call: SeenCall) => Response | undefined) {
  const stores = [store({})];
  return fakeApi((call) => {
    const special = answer?.(call);
    if (special) return special;
    if (call.method === 'POST') {
      const body = call.body as { storeName: string; ownerName: string };
      const id = '0190a000-0000-7000-8000-0000000000a2' as StoreId;
      stores.push(
        store({
          id,
          name: body.storeName,
          members: 0,
          newMembers30d: 0,
          purchases30d: 0,
          sales30d: 0,
          devices: 0,
          lastContactAt: null,
        }),
      );
      return json(
        {
          store: { id, name: body.storeName },
          owner: { id: '0190b000-0000-7000-8000-0000000000b2', name: body.ownerName },
        },
        201,
      );
    }
    return json({ stores });
  });
}

onlineAdminTests();

describe('head office’s stores page', () => {
  test('shows each store’s figures, money in yuan', async () => {
    signInAs('owner', { name: '王丽' });
    const calls = headOffice();
    renderApp(<ChainPage />);
    const table = await screen.findByRole('table', { name: '各门店' });
    const row = within(within(table).getByRole('row', { name: /静安嘉里中心店/ }));
    expect(row.getByText('1,234')).toBeInTheDocument();
    expect(row.getByText('56')).toBeInTheDocument();
    expect(row.getByText('78')).toBeInTheDocument();
    expect(row.getByText('¥123,456.00')).toBeInTheDocument();
    expect(row.getByText('5 分钟前')).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: '近 30 天销售额' })).toBeInTheDocument();
    expect(calls[0]).toMatchObject({ method: 'GET', path: '/api/chain/stores' });
    expect(calls[0]?.headers['x-floorbook-session']).toBeTruthy();
  });

  test('adds a store with its owner, showing the password and PIN rules as she types', async () => {
    const user = userEvent.setup();
    signInAs('owner', { name: '王丽' });
    const calls = headOffice();
    renderApp(<ChainPage />);
    await user.click(await screen.findByRole('button', { name: '添加门店' }));
    const form = within(screen.getByRole('form', { name: '添加门店和店主' }));
    await user.type(form.getByLabelText('门店名称'), '徐汇日月光店');
    await user.type(form.getByLabelText('店主姓名'), '孙悦');
    await user.type(form.getByLabelText('店主密码'), 'xuhui');
    expect(form.getByText('至少 10 位')).toHaveAttribute('data-state', 'bad');
    expect(form.getByText('需要包含字母')).toHaveAttribute('data-state', 'ok');
    await user.type(form.getByLabelText('店主密码'), '2026shop');
    expect(form.getByText('至少 10 位')).toHaveAttribute('data-state', 'ok');
    const submit = form.getByRole('button', { name: '添加门店' });
    expect(submit).toBeDisabled();
    await user.type(form.getByLabelText('店主 PIN 码'), '604917');
    await user.type(form.getByLabelText('再输一次店主 PIN 码'), '604917');
    await user.click(submit);

    expect(await screen.findByText('已添加“徐汇日月光店”，店主是 孙悦。')).toBeInTheDocument();
    expect(await screen.findByRole('row', { name: /徐汇日月光店/ })).toHaveTextContent('还没有联网');
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({
      path: '/api/chain/stores',
      body: {
        storeName: '徐汇日月光店',
        ownerName: '孙悦',
        ownerPassword: 'xuhui2026shop',
        ownerPin: '604917',
      },
    });
  });

  test('a refused owner name is marked, and what was typed stays', async () => {
    const user = userEvent.setup();
    signInAs('owner', { name: '王丽' });
    headOffice((call) =>
      call.method === 'POST'
        ? refused(409, 'name-taken', '已有同名的人用密码登录。', 'ownerName')
        : undefined,
    );
    renderApp(<ChainPage />);
    await user.click(await screen.findByRole('button', { name: '添加门店' }));
    await user.type(screen.getByLabelText('门店名称'), '浦东店');
    await user.type(screen.getByLabelText('店主姓名'), '王丽');
    await user.type(screen.getByLabelText('店主密码'), 'pudong2026shop');
    await user.type(screen.getByLabelText('店主 PIN 码'), '604917');
    await user.type(screen.getByLabelText('再输一次店主 PIN 码'), '604917');
    await user.click(screen.getByRole('button', { name: '添加门店' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('已有同名的人用密码登录。');
    expect(screen.getByLabelText('店主姓名')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('门店名称')).toHaveValue('浦东店');
  });

  test('an owner who is not head office is told so in one sentence', async () => {
    signInAs('owner', { name: '孙悦' });
    headOffice(() => refused(403, 'forbidden', '你没有权限做这件事。'));
    renderApp(<ChainPage />);
    expect(await screen.findByText('只有总部（连锁的第一位店主）能看到这一页。')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '添加门店' })).not.toBeInTheDocument();
  });

  test('a manager is not asked anything of the server', () => {
    signInAs('manager');
    const calls = headOffice();
    renderApp(<ChainPage />);
    expect(screen.getByText('这一页需要店主。')).toBeInTheDocument();
    expect(calls).toEqual([]);
  });
});
