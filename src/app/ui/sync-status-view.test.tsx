import { describe, expect, test } from 'vitest';
import { screen } from '@testing-library/react';
import { renderApp } from '../../../tests/fixtures/render-app';
import { SyncStatusPill, pillStatus, type SyncStatusView } from './sync-status-view';

const NOW = 1_800_000_000_000;
const idle: SyncStatusView = {
  online: true,
  syncing: false,
  pending: 0,
  oldestPendingAt: null,
  lastSyncedAt: NOW - 5 * 60_000,
  error: null,
  deadLetters: 0,
  progress: null,
};

describe('SyncStatusPill', () => {
  test('says when the tablet last synced', () => {
    renderApp(<SyncStatusPill status={idle} now={NOW} />);
    expect(screen.getByRole('status')).toHaveTextContent('在线 · 5 分钟前已同步');
  });

  test('offline, counts the waiting changes and the age of the oldest', () => {
    renderApp(
      <SyncStatusPill
        status={{
          ...idle,
          online: false,
          pending: 3,
          oldestPendingAt: NOW - 2 * 3_600_000,
          error: 'network',
        }}
        now={NOW}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      '离线 · 3 条改动待同步 · 2 小时前 · 连不上服务器，改动已保存在平板上',
    );
  });

  test('online with the server unreachable is not offline: it says the server cannot be reached', () => {
    const engine = { ...idle, online: false, pending: 2, oldestPendingAt: NOW - 60_000, error: 'network' };
    renderApp(<SyncStatusPill status={pillStatus(engine, true)} now={NOW} />);
    const pill = screen.getByRole('status');
    expect(pill).toHaveTextContent('在线 · 2 条改动待同步 · 1 分钟前 · 连不上服务器，改动已保存在平板上');
    expect(pill).not.toHaveTextContent('离线');
    renderApp(<SyncStatusPill status={pillStatus(engine, false)} now={NOW} />);
    expect(screen.getAllByRole('status')[1]).toHaveTextContent(/^离线/);
  });

  test('shows refused changes and the first-download progress bar', () => {
    renderApp(
      <SyncStatusPill status={{ ...idle, deadLetters: 1, progress: { done: 500, total: 2000 } }} now={NOW} />,
      { language: 'en' },
    );
    expect(screen.getByRole('status')).toHaveTextContent('1 change was refused');
    expect(screen.getByRole('progressbar', { name: 'Downloading the member roster' })).toHaveAttribute(
      'value',
      '500',
    );
  });
});
