import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { StaffCard } from '../../../shared/schemas/security.schema';
import { readMeta } from '../../db/meta';
import { useStaffSession } from '../../state/staff-session.state';
import type { TabletRuntime } from '../../tablet/tablet-runtime';
import {
  ENROLMENT,
  RIGHT_PIN,
  lockedTablet,
  showShell,
  staffCards,
  withRoster,
} from '../../../../tests/fixtures/lock-fixtures';

const T0 = Date.UTC(2026, 10, 23, 2, 0);
let runtime: TabletRuntime;
let staff: StaffCard[];
let user: ReturnType<typeof userEvent.setup>;

beforeEach(async () => {
  // Only the clock is faked: IndexedDB, WebCrypto and the countdown's tick run for real.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
  vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
  useStaffSession.getState().locked();
  runtime = lockedTablet();
  staff = await staffCards();
  user = userEvent.setup();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  runtime.db.close();
});

const lockScreen = () => screen.findByRole('dialog', { name: '谁在使用这台平板？' });

/** Tap the digits of `pin` on the pad, then confirm. */
async function tapPin(pin: string) {
  const pad = screen.getByRole('group', { name: 'PIN 码键盘' });
  for (const digit of pin) await user.click(within(pad).getByRole('button', { name: digit }));
  await user.click(within(pad).getByRole('button', { name: '确认' }));
}

/** Move the clock on; the tablet "wakes", so countdowns read the new time at once. */
function later(at: number) {
  vi.setSystemTime(at);
  act(() => void document.dispatchEvent(new Event('visibilitychange')));
}

async function audited() {
  return (await runtime.db.audit.orderBy('at').toArray()).map((e) => [e.action, e.staffId]);
}

describe('the lock screen', () => {
  test('says the staff list is downloading until it has arrived', async () => {
    showShell(runtime);
    const lock = await lockScreen();
    expect(await within(lock).findByText('员工名单正在下载——请连接门店网络。')).toBeInTheDocument();
    await withRoster(runtime, staff);
    expect(await within(lock).findByRole('button', { name: /王丽/ })).toBeEnabled();
  });

  test('shows the staff as name tiles with their role; one without a PIN is disabled, with a hint', async () => {
    await withRoster(runtime, staff);
    showShell(runtime);
    const tiles = await screen.findByRole('list', { name: '门店员工' });
    expect(within(tiles).getByRole('button', { name: '王丽 店主' })).toBeEnabled();
    expect(within(tiles).getByRole('button', { name: '陈静 店长' })).toBeEnabled();
    const li = within(tiles).getByRole('button', { name: '李娜 导购' });
    expect(li).toBeDisabled();
    expect(li).toHaveAccessibleDescription('还没有 PIN 码，请店长在“员工”里设置');
    expect(screen.queryByRole('textbox', { name: '备注' })).not.toBeInTheDocument();
  });

  test('wrong PINs: a wait after the third, a lock-out after the fifth; the right PIN then unlocks', async () => {
    await withRoster(runtime, staff);
    showShell(runtime);
    await user.click(await screen.findByRole('button', { name: /王丽/ }));
    expect(screen.getByRole('heading', { name: '王丽，请输入 PIN 码' })).toBeInTheDocument();

    await tapPin('246801');
    expect(await screen.findByRole('alert')).toHaveTextContent('PIN 码不正确。 再输错 4 次会锁定 15 分钟。');
    await tapPin('246802');
    await screen.findByText(/再输错 3 次/);
    await tapPin('246803');
    expect(await screen.findByText('请等 5 秒后再试。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '7' })).toBeDisabled();

    later(T0 + 6_000);
    await vi.waitFor(() => expect(screen.getByRole('button', { name: '7' })).toBeEnabled(), {
      timeout: 3000,
    });
    await tapPin('246804');
    expect(await screen.findByText('请等 30 秒后再试。')).toBeInTheDocument();

    later(T0 + 40_000);
    await vi.waitFor(() => expect(screen.getByRole('button', { name: '7' })).toBeEnabled(), {
      timeout: 3000,
    });
    await tapPin('246805');
    expect(
      await screen.findByText('输错次数太多，已锁定。15 分 0 秒后可以再试，或请店长重置你的 PIN 码。'),
    ).toBeInTheDocument();
    expect(await audited()).toEqual([
      ...Array.from({ length: 5 }, () => ['pin.fail', staff[0]?.id]),
      ['pin.lockout', staff[0]?.id],
    ]);

    later(T0 + 40_000 + 15 * 60_000);
    await vi.waitFor(() => expect(screen.getByRole('button', { name: '7' })).toBeEnabled(), {
      timeout: 3000,
    });
    await tapPin(RIGHT_PIN);
    expect(await screen.findByText('王丽 · 店主')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    // The owner's PIN on the home screen opens her counter (decision 0018).
    expect(await screen.findByRole('heading', { name: '今日看板' })).toBeInTheDocument();
    expect((await audited()).at(-1)).toEqual(['sign-in', staff[0]?.id]);
    expect((await readMeta(runtime.db, 'pinFailures'))?.staff).toEqual({});
    expect(useStaffSession.getState().current?.staff.name).toBe('王丽');
  });

  test('the physical keyboard types, deletes and confirms', async () => {
    await withRoster(runtime, staff);
    showShell(runtime);
    await user.click(await screen.findByRole('button', { name: /陈静/ }));
    await user.keyboard('1357999');
    expect(screen.getByText('已输入 7 位')).toBeInTheDocument();
    await user.keyboard('{Backspace}{Backspace}0{Enter}');
    expect(await screen.findByText('陈静 · 店长')).toBeInTheDocument();
  });

  test('counts failures across a reload: the wait is still there after the lock screen comes back', async () => {
    await withRoster(runtime, staff);
    const first = showShell(runtime);
    await user.click(await screen.findByRole('button', { name: /王丽/ }));
    for (const pin of ['246801', '246802', '246803']) {
      await tapPin(pin);
      await screen.findByRole('alert');
    }
    first.unmount();
    showShell(runtime);
    await user.click(await screen.findByRole('button', { name: /王丽/ }));
    expect(await screen.findByText('请等 5 秒后再试。')).toBeInTheDocument();
  });

  test('back on the staff list with “not me”', async () => {
    await withRoster(runtime, staff);
    showShell(runtime);
    await user.click(await screen.findByRole('button', { name: /王丽/ }));
    await user.click(screen.getByRole('button', { name: '不是我' }));
    expect(screen.getByRole('list', { name: '门店员工' })).toBeInTheDocument();
  });
});

describe('the server session', () => {
  const server = vi.fn<typeof globalThis.fetch>();
  const answer = (status: number, body: unknown) => {
    server.mockReset().mockResolvedValue(new Response(JSON.stringify(body), { status }));
    vi.stubGlobal('fetch', server);
  };

  test('is opened in the background after an offline check, when online', async () => {
    const owner = { id: staff[0]?.id, name: '王丽', role: 'owner' };
    answer(200, { token: 'session-token', staff: owner, expiresAt: T0 + 12 * 3_600_000 });
    await withRoster(runtime, staff);
    showShell(runtime);
    await user.click(await screen.findByRole('button', { name: /王丽/ }));
    await tapPin(RIGHT_PIN);
    await vi.waitFor(() =>
      expect(useStaffSession.getState().current?.server).toEqual({
        token: 'session-token',
        expiresAt: T0 + 12 * 3_600_000,
      }),
    );
    const [url, init] = server.mock.calls[0] ?? [];
    expect(url).toBe('/api/sessions');
    expect(init?.headers).toMatchObject({ authorization: `Bearer ${ENROLMENT.device.token}` });
  });

  test('a wrong PIN by the server after the tablet took it keeps her signed in, without a session', async () => {
    answer(401, { code: 'wrong-pin', message: 'PIN 码不正确。', retryable: false });
    await withRoster(runtime, staff);
    showShell(runtime);
    await user.click(await screen.findByRole('button', { name: /王丽/ }));
    await tapPin(RIGHT_PIN);
    expect(await screen.findByText('王丽 · 店主')).toBeInTheDocument();
    await vi.waitFor(() => expect(server).toHaveBeenCalled());
    expect(useStaffSession.getState().current).toMatchObject({ staff: { name: '王丽' }, server: null });
  });
});
