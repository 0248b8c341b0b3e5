import { useState } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../../tests/fixtures/render-app';
import { SetupForm } from './setup-form';

async function fillStore(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('门店名称'), '静安店');
  await user.type(screen.getByLabelText('店主姓名'), '王丽');
  await user.type(screen.getByLabelText('店主密码'), 'floor2026book');
}

describe('SetupForm', () => {
  test('keeps the button disabled until the password passes every rule', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    renderApp(<SetupForm busy={false} error={null} onSubmit={onSubmit} />);
    await user.type(screen.getByLabelText('门店名称'), '静安店');
    await user.type(screen.getByLabelText('店主姓名'), '王丽');
    await user.type(screen.getByLabelText('店主密码'), '12345678');
    await user.type(screen.getByLabelText('店主 PIN 码'), '402719');
    await user.type(screen.getByLabelText('再输一次店主 PIN 码'), '402719');
    expect(screen.getByRole('button', { name: '创建门店' })).toBeDisabled();

    await user.clear(screen.getByLabelText('店主密码'));
    await user.type(screen.getByLabelText('店主密码'), 'floor2026book');
    await user.click(screen.getByRole('button', { name: '创建门店' }));
    expect(onSubmit).toHaveBeenCalledWith({
      storeName: '静安店',
      ownerName: '王丽',
      password: 'floor2026book',
      ownerPin: '402719',
      deviceName: '收银台平板',
    });
  });

  test('asks for the owner PIN on the numeric keyboard, and shows its rules as they are met', async () => {
    const user = userEvent.setup();
    renderApp(<SetupForm busy={false} error={null} onSubmit={vi.fn()} />);
    const pin = screen.getByLabelText('店主 PIN 码');
    expect(pin).toHaveAttribute('inputmode', 'numeric');
    const rules = within(screen.getByRole('list', { name: 'PIN 码要求' }));

    await user.type(pin, '1234');
    expect(rules.getByText('6–12 位数字')).toHaveAttribute('data-state', 'open');
    await user.type(pin, '56');
    expect(rules.getByText('6–12 位数字')).toHaveAttribute('data-state', 'ok');
    expect(rules.getByText('不是连续的数字')).toHaveAttribute('data-state', 'bad');
    expect(pin).toHaveAttribute('aria-invalid', 'true');

    await user.clear(pin);
    await user.type(pin, '40a27-19');
    expect(pin).toHaveValue('402719');
    expect(rules.getByText('不是连续的数字')).toHaveAttribute('data-state', 'ok');
    expect(rules.getByText('不是常见的 PIN 码')).toHaveAttribute('data-state', 'ok');
  });

  test('needs the same PIN twice', async () => {
    const user = userEvent.setup();
    renderApp(<SetupForm busy={false} error={null} onSubmit={vi.fn()} />);
    await fillStore(user);
    await user.type(screen.getByLabelText('店主 PIN 码'), '402719');
    await user.type(screen.getByLabelText('再输一次店主 PIN 码'), '402718');
    expect(screen.getByText('两次输入的 PIN 码不一样。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '创建门店' })).toBeDisabled();

    await user.clear(screen.getByLabelText('再输一次店主 PIN 码'));
    await user.type(screen.getByLabelText('再输一次店主 PIN 码'), '402719');
    expect(screen.queryByText('两次输入的 PIN 码不一样。')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '创建门店' })).toBeEnabled();
  });

  test('keeps what was typed when the server refuses the PIN, and marks the field', async () => {
    const user = userEvent.setup();
    function Refusing() {
      const [error, setError] = useState<{ message: string; field: string } | null>(null);
      return (
        <SetupForm
          busy={false}
          error={error}
          onSubmit={() => setError({ message: 'PIN 码太简单', field: 'ownerPin' })}
        />
      );
    }
    renderApp(<Refusing />);
    await fillStore(user);
    await user.type(screen.getByLabelText('店主 PIN 码'), '402719');
    await user.type(screen.getByLabelText('再输一次店主 PIN 码'), '402719');
    await user.click(screen.getByRole('button', { name: '创建门店' }));

    expect(screen.getByRole('alert')).toHaveTextContent('PIN 码太简单');
    expect(screen.getByLabelText('店主 PIN 码')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('门店名称')).toHaveValue('静安店');
    expect(screen.getByLabelText('店主密码')).toHaveValue('floor2026book');
    expect(screen.getByLabelText('店主 PIN 码')).toHaveValue('402719');
  });

  test('shows the server error in words and marks the field', () => {
    renderApp(
      <SetupForm busy={false} error={{ message: '密码太弱', field: 'password' }} onSubmit={vi.fn()} />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('密码太弱');
    expect(screen.getByLabelText('店主密码')).toHaveAttribute('aria-invalid', 'true');
  });

  test('speaks English when asked, PIN rules too', () => {
    renderApp(<SetupForm busy={false} error={null} onSubmit={vi.fn()} />, { language: 'en' });
    expect(screen.getByRole('button', { name: 'Create store' })).toBeInTheDocument();
    expect(screen.getByLabelText('Owner PIN')).toBeInTheDocument();
    expect(screen.getByText('Not a run of digits')).toBeInTheDocument();
  });
});
