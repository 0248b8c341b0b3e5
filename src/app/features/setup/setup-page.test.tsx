import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { renderApp } from '../../../../tests/fixtures/render-app';
import { fakeApi, json, noContent, refused, type SeenCall } from '../../../../tests/fixtures/admin-fixtures';
import { newDeviceId, newStaffId } from '../../../../tests/fixtures/factories';
import { useSession } from '../../state/session.state';
import { useStaffSession } from '../../state/staff-session.state';
import SetupPage from './setup-page';

const store = { id: '0190a000-0000-7000-8000-0000000000a1', name: '静安嘉里中心店' };
const device = { id: newDeviceId(), token: 'device-token-device-token' };

function showSetup() {
  return renderApp(
    <Routes>
      <Route path="/setup" element={<SetupPage />} />
      <Route path="/" element={<p>home</p>} />
    </Routes>,
    { route: '/setup' },
  );
}

/** A store already set up: this tablet is enrolled by code or by a manager's password. */
function serverWith(answer: (call: SeenCall) => Response) {
  return fakeApi((call) => (call.path === '/api/setup' ? json({ needed: false }) : answer(call)));
}

beforeEach(() => {
  localStorage.clear();
  useSession.setState({ enrolment: null });
  useStaffSession.setState({ current: null });
});
afterEach(() => localStorage.clear());

describe('enrolling a tablet', () => {
  test('with a code a manager made: upper-cased as typed, nobody signed in afterwards', async () => {
    const user = userEvent.setup();
    const calls = serverWith(() => json({ store, device }, 201));
    showSetup();
    expect(await screen.findByRole('tab', { name: '用绑定码', selected: true })).toBeInTheDocument();
    await user.type(screen.getByLabelText('绑定码'), 'ab23 cd4567');
    expect(screen.getByLabelText('绑定码')).toHaveValue('AB23CD45');
    await user.type(screen.getByLabelText('这台平板的名称'), '试衣间平板');
    await user.click(screen.getByRole('button', { name: '绑定平板' }));

    expect(await screen.findByText('home')).toBeInTheDocument();
    expect(calls.at(-1)).toMatchObject({
      method: 'POST',
      path: '/api/devices/by-code',
      body: { code: 'AB23CD45', deviceName: '试衣间平板' },
    });
    expect(useSession.getState().enrolment?.device.id).toBe(device.id);
    expect(useStaffSession.getState().current).toBeNull();
  });

  test('a refused code is explained and what was typed stays', async () => {
    const user = userEvent.setup();
    serverWith(() =>
      refused(401, 'enrol-code-invalid', '绑定码无效、已用过或已过期，请让店长重新生成。', 'code'),
    );
    showSetup();
    await user.type(await screen.findByLabelText('绑定码'), 'AB23CD45');
    await user.type(screen.getByLabelText('这台平板的名称'), '试衣间平板');
    await user.click(screen.getByRole('button', { name: '绑定平板' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('绑定码无效');
    expect(screen.getByLabelText('绑定码')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('绑定码')).toHaveValue('AB23CD45');
    expect(useSession.getState().enrolment).toBeNull();
  });

  test('with a manager password: she chooses her PIN before the tablet is hers', async () => {
    const user = userEvent.setup();
    const staff = { id: newStaffId(), name: '陈店长', role: 'manager' };
    const session = { token: 'session-token-session-token', expiresAt: Date.now() + 3_600_000 };
    const calls = serverWith((call) =>
      call.path === '/api/devices'
        ? json({ store, device, staff, session, needsPin: true }, 201)
        : noContent(),
    );
    showSetup();
    await user.click(await screen.findByRole('tab', { name: '用店长账号' }));
    await user.type(screen.getByLabelText('店长或店主姓名'), '陈店长');
    await user.type(screen.getByLabelText('密码'), 'floor2026book');
    await user.type(screen.getByLabelText('这台平板的名称'), '试衣间平板');
    await user.click(screen.getByRole('button', { name: '绑定平板' }));

    expect(await screen.findByRole('heading', { name: '设置你的 PIN 码' })).toBeInTheDocument();
    expect(useSession.getState().enrolment).toBeNull();
    await user.type(screen.getByLabelText('你的 PIN 码'), '402719');
    await user.type(screen.getByLabelText('再输一次 PIN 码'), '402719');
    await user.click(screen.getByRole('button', { name: '保存并开始使用' }));

    expect(await screen.findByText('home')).toBeInTheDocument();
    expect(calls.at(-1)).toMatchObject({
      method: 'PUT',
      path: `/api/staff/${staff.id}/pin`,
      body: { pin: '402719' },
      headers: { authorization: `Bearer ${device.token}`, 'x-floorbook-session': session.token },
    });
    expect(useStaffSession.getState().current?.staff.name).toBe('陈店长');
  });
});
