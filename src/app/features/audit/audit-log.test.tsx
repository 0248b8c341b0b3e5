import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../../tests/fixtures/render-app';
import { fakeApi, json, signInAs } from '../../../../tests/fixtures/admin-fixtures';
import AuditPage from './audit-page';

const line = (id: string, at: number, action: string, memberId: string | null = null) => ({
  id,
  at,
  action,
  staffName: '李娜',
  deviceName: '收银台平板',
  memberId,
  detail: null,
});

beforeEach(() => vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true));
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('audit log', () => {
  test('shows the newest entries in words, then older ones on "load more"', async () => {
    const user = userEvent.setup();
    signInAs('manager');
    const calls = fakeApi((call) =>
      call.path.includes('before=')
        ? json({ lines: [line('3', Date.UTC(2026, 10, 1), 'pin.fail')], before: null })
        : json({
            lines: [
              line('1', Date.UTC(2026, 10, 3), 'phone.reveal', '0190f000-0000-7000-8000-00000000beef'),
              {
                ...line('2', Date.UTC(2026, 10, 2), 'export'),
                detail: '{"reason":"季度回访名单","rows":120}',
              },
            ],
            before: 42,
          }),
    );
    renderApp(<AuditPage />);
    const first = await screen.findByRole('row', { name: /显示手机号/ });
    expect(within(first).getByText('李娜')).toBeInTheDocument();
    expect(within(first).getByText('收银台平板')).toBeInTheDocument();
    expect(within(first).getByText('…0000beef')).toHaveAttribute(
      'title',
      '0190f000-0000-7000-8000-00000000beef',
    );
    expect(screen.getAllByRole('row')).toHaveLength(3);
    expect(
      within(screen.getByRole('row', { name: /导出会员资料/ })).getByText('原因：季度回访名单 · 120 位会员'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '加载更多' }));
    expect(await screen.findByRole('row', { name: /PIN 码输错/ })).toBeInTheDocument();
    expect(calls.at(-1)?.path).toBe('/api/audit?limit=50&before=42');
    expect(screen.getByText('已经是最早的记录。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '加载更多' })).not.toBeInTheDocument();
  });

  test('says so when nothing is recorded yet', async () => {
    signInAs('owner');
    fakeApi(() => json({ lines: [], before: null }));
    renderApp(<AuditPage />);
    expect(await screen.findByText('还没有记录。')).toBeInTheDocument();
  });
});
