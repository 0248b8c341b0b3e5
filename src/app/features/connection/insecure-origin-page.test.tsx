import { afterEach, describe, expect, test, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../app';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('InsecureOriginPage', () => {
  test('opened over plain HTTP on a network address, says what is wrong and how to fix it', async () => {
    vi.stubGlobal('isSecureContext', false);
    render(<App />);
    expect(screen.getByRole('heading', { name: '请用 HTTPS 地址打开会员通' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toMatch(/不是安全连接/);
    expect(screen.getByRole('link', { name: '门店证书页面' }).getAttribute('href')).toMatch(/^http:\/\//);
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { name: 'Open Floorbook at its HTTPS address' })).toBeTruthy();
  });
});
