import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../../tests/fixtures/render-app';
import {
  DEVICE_TOKEN,
  fakeApi,
  json,
  refused,
  SESSION_TOKEN,
  signInAs,
} from '../../../../tests/fixtures/admin-fixtures';
import { fetchStaff } from '../../api/staff.api';
import { useStaffSession } from '../../state/staff-session.state';
import { SessionGate } from './session-gate';
import { useAdminLoad } from './use-admin-api';

const roster = {
  staff: [],
  policy: { idleLockMinutes: 3, signInHours: 12, offlineLimitHours: 72 },
  serverTime: 0,
};

function Secret() {
  const { load } = useAdminLoad(fetchStaff);
  return <p>{load.kind === 'ready' ? '店长的页面' : '…'}</p>;
}

function online(value: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(value);
}

beforeEach(() => online(true));
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('SessionGate', () => {
  test('asks for her PIN, opens a server session, then shows the screen', async () => {
    const user = userEvent.setup();
    const staff = signInAs('manager', { server: false });
    const calls = fakeApi((call) =>
      call.path === '/api/sessions'
        ? json({ token: 'fresh-session', staff, expiresAt: Date.now() + 3_600_000 }, 201)
        : json(roster),
    );
    renderApp(
      <SessionGate least="manager">
        <Secret />
      </SessionGate>,
    );
    expect(screen.getByRole('heading', { name: '请确认是你本人' })).toBeInTheDocument();
    expect(screen.getByLabelText('PIN 码')).toHaveAttribute('inputmode', 'numeric');
    await user.type(screen.getByLabelText('PIN 码'), '402719');
    await user.click(screen.getByRole('button', { name: '确认' }));

    expect(await screen.findByText('店长的页面')).toBeInTheDocument();
    expect(calls[0]).toMatchObject({
      path: '/api/sessions',
      headers: { authorization: `Bearer ${DEVICE_TOKEN}` },
      body: { staffId: staff.id, pin: '402719' },
    });
    expect(calls[1]?.headers['x-floorbook-session']).toBe('fresh-session');
    expect(useStaffSession.getState().current?.server?.token).toBe('fresh-session');
  });

  test('a wrong PIN is said in words and the prompt stays', async () => {
    const user = userEvent.setup();
    signInAs('manager', { server: false });
    fakeApi(() => refused(401, 'wrong-pin', 'PIN 码不正确。'));
    renderApp(
      <SessionGate least="manager">
        <Secret />
      </SessionGate>,
    );
    await user.type(screen.getByLabelText('PIN 码'), '402719');
    await user.click(screen.getByRole('button', { name: '确认' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('PIN 码不正确。');
    expect(screen.getByLabelText('PIN 码')).toHaveValue('');
    expect(screen.queryByText('店长的页面')).not.toBeInTheDocument();
  });

  test('a call refused for an expired session asks for the PIN again', async () => {
    signInAs('manager');
    fakeApi(() => refused(401, 'session-expired', '登录已过期，请重新输入 PIN 码。'));
    renderApp(
      <SessionGate least="manager">
        <Secret />
      </SessionGate>,
    );
    expect(await screen.findByRole('heading', { name: '请确认是你本人' })).toBeInTheDocument();
    expect(useStaffSession.getState().current?.server).toBeNull();
  });

  test('uses the session it has without asking', async () => {
    signInAs('owner');
    const calls = fakeApi(() => json(roster));
    renderApp(
      <SessionGate least="owner">
        <Secret />
      </SessionGate>,
    );
    expect(await screen.findByText('店长的页面')).toBeInTheDocument();
    expect(calls[0]?.headers['x-floorbook-session']).toBe(SESSION_TOKEN);
  });

  test('tells an associate the screen is for a manager, without asking the server', () => {
    signInAs('associate');
    const calls = fakeApi(() => json(roster));
    renderApp(
      <SessionGate least="manager">
        <Secret />
      </SessionGate>,
    );
    expect(screen.getByText('这一页需要店长或店主。')).toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });

  test('tells a manager an owner screen is not hers', () => {
    signInAs('manager');
    renderApp(
      <SessionGate least="owner">
        <Secret />
      </SessionGate>,
    );
    expect(screen.getByText('这一页需要店主。')).toBeInTheDocument();
  });

  test('says it needs the network when offline', () => {
    online(false);
    signInAs('manager', { server: false });
    renderApp(
      <SessionGate least="manager">
        <Secret />
      </SessionGate>,
    );
    expect(screen.getByText('这一页需要联网。请连接门店网络后再试。')).toBeInTheDocument();
    expect(screen.queryByLabelText('PIN 码')).not.toBeInTheDocument();
  });
});
