import { describe, expect, test } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../../tests/fixtures/render-app';
import {
  json,
  onlineAdminTests,
  refused,
  signInAs,
  type SeenCall,
} from '../../../../tests/fixtures/admin-fixtures';
import { staffServer } from '../../../../tests/fixtures/staff-server';
import type { PosKeySummary } from '../../../shared/schemas/pos.schema';
import type { SignedInStaff } from '../../state/staff-session.state';
import StaffPage from './staff-page';

const STORE_ID = '0190a000-0000-7000-8000-0000000000a1';
const KEY = 'pk9Xw2-Lq7_mZrT4vB8nC1dE6fG3hJ5kL0pQsUyWaIo';

/** The store's server with one POS key, issuing another when asked. */
function storeServer(me: SignedInStaff, answer?: (call: SeenCall) => Response | undefined) {
  const keys: PosKeySummary[] = [
    {
      id: '0190c000-0000-7000-8000-0000000000b1',
      label: '试衣间收银机',
      storeId: STORE_ID as PosKeySummary['storeId'],
      storeName: '静安嘉里中心店',
      createdAt: Date.now() - 86_400_000,
      lastUsedAt: Date.now() - 5 * 60_000,
      revokedAt: null,
    },
  ];
  const issue = (call: SeenCall) => {
    if (call.path !== '/api/pos-keys' || call.method !== 'POST') return undefined;
    const issued = {
      id: '0190c000-0000-7000-8000-0000000000b2',
      label: (call.body as { label: string }).label,
      storeId: STORE_ID as PosKeySummary['storeId'],
      storeName: '静安嘉里中心店',
      createdAt: Date.now(),
      lastUsedAt: null,
      revokedAt: null,
    };
    keys.unshift(issued);
    return json({ ...issued, key: KEY }, 201);
  };
  return staffServer(me, { keys, answer: (call) => answer?.(call) ?? issue(call) });
}

onlineAdminTests();

describe('POS keys on the staff screen', () => {
  test('the owner issues a key, sees it once with a warning, copies it, and it is gone when she is done', async () => {
    const user = userEvent.setup();
    const me = signInAs('owner', { name: '王丽' });
    const calls = storeServer(me);
    renderApp(<StaffPage />);
    const card = within(
      (await screen.findByRole('heading', { name: '收银系统（POS）密钥' })).closest('section') as HTMLElement,
    );
    expect(await card.findByRole('listitem', { name: '试衣间收银机' })).toHaveTextContent(
      '上次使用：5 分钟前',
    );

    await user.click(card.getByRole('button', { name: '发放 POS 密钥' }));
    expect(card.getByRole('button', { name: '发放密钥' })).toBeDisabled();
    await user.type(card.getByLabelText('用于哪台收银机'), '前台收银机');
    await user.click(card.getByRole('button', { name: '发放密钥' }));

    const shown = within(await card.findByRole('region', { name: '“前台收银机”的密钥' }));
    expect(shown.getByRole('alert')).toHaveTextContent('它只显示这一次');
    expect(shown.getByLabelText('POS 密钥')).toHaveValue(KEY);
    await user.click(shown.getByRole('button', { name: '复制密钥' }));
    expect(await shown.findByText('已复制。')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(KEY);
    expect(calls.find((c) => c.method === 'POST' && c.path === '/api/pos-keys')?.body).toEqual({
      label: '前台收银机',
    });

    await user.click(shown.getByRole('button', { name: '我已保存' }));
    expect(screen.queryByDisplayValue(KEY)).not.toBeInTheDocument();
    expect(await card.findByRole('listitem', { name: '前台收银机' })).toHaveTextContent('尚未使用');
  });

  test('a refused label is said in words and what she typed stays', async () => {
    const user = userEvent.setup();
    const me = signInAs('owner', { name: '王丽' });
    storeServer(me, (call) =>
      call.method === 'POST' && call.path === '/api/pos-keys'
        ? refused(422, 'invalid-field', '有一项填写不正确，请检查。', 'label')
        : undefined,
    );
    renderApp(<StaffPage />);
    await user.click(await screen.findByRole('button', { name: '发放 POS 密钥' }));
    await user.type(screen.getByLabelText('用于哪台收银机'), '前台');
    await user.click(screen.getByRole('button', { name: '发放密钥' }));
    expect(await screen.findByText('有一项填写不正确，请检查。')).toBeInTheDocument();
    expect(screen.getByLabelText('用于哪台收银机')).toHaveValue('前台');
  });

  test('revoking a key asks first, says what follows, and lists it as revoked', async () => {
    const user = userEvent.setup();
    const me = signInAs('owner', { name: '王丽' });
    const calls = storeServer(me);
    renderApp(<StaffPage />);
    const row = within(await screen.findByRole('listitem', { name: '试衣间收银机' }));
    await user.click(row.getByRole('button', { name: '撤销' }));
    const dialog = screen.getByRole('alertdialog', { name: '撤销“试衣间收银机”的密钥？' });
    expect(dialog).toHaveTextContent('下次用这个密钥上传会被拒绝');
    expect(calls.some((c) => c.path.endsWith('/revoke'))).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: '撤销' }));
    expect(await screen.findByText('“试衣间收银机”的密钥已撤销。')).toBeInTheDocument();
    expect(await screen.findByText(/已撤销$/)).toBeInTheDocument();
  });

  test('a manager does not see the keys', async () => {
    const me = signInAs('manager');
    const calls = storeServer(me);
    renderApp(<StaffPage />);
    expect(await screen.findByRole('heading', { name: '绑定新平板' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: '收银系统（POS）密钥' })).not.toBeInTheDocument();
    expect(calls.some((c) => c.path === '/api/pos-keys')).toBe(false);
  });
});
