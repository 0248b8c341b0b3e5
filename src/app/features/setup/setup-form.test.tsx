import { describe, expect, test, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../../tests/fixtures/render-app';
import { SetupForm } from './setup-form';

describe('SetupForm', () => {
  test('keeps the button disabled until the password passes every rule', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    renderApp(<SetupForm busy={false} error={null} onSubmit={onSubmit} />);
    await user.type(screen.getByLabelText('门店名称'), '静安店');
    await user.type(screen.getByLabelText('店主姓名'), '王丽');
    await user.type(screen.getByLabelText('店主密码'), '12345678');
    expect(screen.getByRole('button', { name: '创建门店' })).toBeDisabled();

    await user.clear(screen.getByLabelText('店主密码'));
    await user.type(screen.getByLabelText('店主密码'), 'floor2026book');
    await user.click(screen.getByRole('button', { name: '创建门店' }));
    expect(onSubmit).toHaveBeenCalledWith({
      storeName: '静安店',
      ownerName: '王丽',
      password: 'floor2026book',
      deviceName: '收银台平板',
    });
  });

  test('shows the server error in words and marks the field', () => {
    renderApp(
      <SetupForm busy={false} error={{ message: '密码太弱', field: 'password' }} onSubmit={vi.fn()} />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('密码太弱');
    expect(screen.getByLabelText('店主密码')).toHaveAttribute('aria-invalid', 'true');
  });

  test('speaks English when asked', () => {
    renderApp(<SetupForm busy={false} error={null} onSubmit={vi.fn()} />, { language: 'en' });
    expect(screen.getByRole('button', { name: 'Create store' })).toBeInTheDocument();
  });
});
