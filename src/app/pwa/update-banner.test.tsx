import { afterEach, describe, expect, test, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../tests/fixtures/render-app';
import { UpdateBanner } from './update-banner';
import { useUpdate } from './update.state';

afterEach(() => useUpdate.setState({ phase: 'idle', applyUpdate: null, server: null, outdated: false }));

describe('UpdateBanner', () => {
  test('names the version waiting, from the build the server serves', async () => {
    const apply = vi.fn();
    const build = `0.2.0+${Date.UTC(2026, 11, 4, 6, 50).toString(36)}`;
    useUpdate.getState().serverAnswered({ version: '0.2.0', protocol: 1, app: { version: '0.2.0', build } });
    useUpdate.getState().phaseChanged('waiting', apply);
    renderApp(<UpdateBanner />);
    expect(screen.getByRole('status')).toHaveTextContent(/新版本 0\.2\.0 · 2026-12-04 \d\d:\d\d 已就绪/);
    await userEvent.click(screen.getByRole('button', { name: '重新加载' }));
    expect(apply).toHaveBeenCalledOnce();
  });

  test('once accepted, shows the handover and no button', () => {
    useUpdate.getState().phaseChanged('activating', vi.fn());
    renderApp(<UpdateBanner />);
    expect(screen.getByRole('status')).toHaveTextContent('正在切换到新版本');
    expect(screen.queryByRole('button')).toBeNull();
  });

  test('says plainly when the new version did not take over, and what to do', () => {
    useUpdate.getState().phaseChanged('stuck', vi.fn());
    renderApp(<UpdateBanner />, { language: 'en' });
    expect(screen.getByRole('alert')).toHaveTextContent('close every Floorbook window and tab');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeVisible();
  });
});
