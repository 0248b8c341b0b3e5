import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { StaffCard } from '../../../shared/schemas/security.schema';
import { writeMeta } from '../../db/meta';
import { useStaffSession } from '../../state/staff-session.state';
import type { TabletRuntime } from '../../tablet/tablet-runtime';
import {
  RIGHT_PIN,
  lockedTablet,
  showShell,
  staffCards,
  withRoster,
} from '../../../../tests/fixtures/lock-fixtures';

const T0 = Date.UTC(2026, 10, 23, 2, 0);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
let runtime: TabletRuntime;
let staff: StaffCard[];

beforeEach(async () => {
  // Intervals and the clock are faked; IndexedDB and user-event keep their real timeouts.
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(T0);
  vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
  useStaffSession.getState().locked();
  runtime = lockedTablet();
  staff = await staffCards();
  await withRoster(runtime, staff);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  runtime.db.close();
});

function signIn(card: StaffCard | undefined, at = Date.now()) {
  if (!card) throw new Error('no such staff');
  useStaffSession.getState().signedIn({ id: card.id, name: card.name, role: card.role }, null, at);
}

const advance = (ms: number) => act(() => void vi.advanceTimersByTime(ms));
const lockScreen = () => screen.findByRole('dialog', { name: '谁在使用这台平板？' });
const noteBox = () => screen.findByRole('textbox', { name: '备注' });

describe('auto-lock', () => {
  test('locks after 3 minutes without a touch, a touch restarting them; the form underneath keeps its text', async () => {
    const user = userEvent.setup();
    signIn(staff[0]);
    showShell(runtime);
    await user.type(await noteBox(), '想要 M 码');
    advance(2 * MINUTE);
    fireEvent.pointerDown(await noteBox());
    advance(2 * MINUTE);
    expect(await noteBox()).toBeInTheDocument();

    advance(MINUTE + 5_000);
    expect(await lockScreen()).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: '备注' })).not.toBeInTheDocument();
    expect(useStaffSession.getState().current).toBeNull();

    await user.click(screen.getByRole('button', { name: /王丽/ }));
    await user.keyboard(`${RIGHT_PIN}{Enter}`);
    expect(await noteBox()).toHaveValue('想要 M 码');
  });

  test('a sign-in lasts 12 hours however busy she is, then her PIN is asked again', async () => {
    signIn(staff[0]);
    showShell(runtime);
    await noteBox();
    vi.setSystemTime(T0 + 12 * HOUR - MINUTE);
    fireEvent.pointerDown(await noteBox());
    advance(30_000);
    expect(await noteBox()).toBeInTheDocument();
    advance(35_000);
    expect(await lockScreen()).toBeInTheDocument();
    expect(useStaffSession.getState().current).toBeNull();
  });

  test('waits while she has no PIN to unlock with', async () => {
    signIn(staff[1]);
    showShell(runtime);
    await noteBox();
    advance(10 * MINUTE);
    expect(await noteBox()).toBeInTheDocument();
  });

  test('“lock” in the top bar locks at once', async () => {
    const user = userEvent.setup();
    signIn(staff[0]);
    showShell(runtime);
    await user.click(await screen.findByRole('button', { name: '锁屏' }));
    expect(await lockScreen()).toBeInTheDocument();
  });
});

describe('after a reload', () => {
  const kept = (signedInAt: number, lastActiveAt: number) => {
    const owner = staff[0];
    if (!owner) throw new Error('no owner');
    useStaffSession.setState({
      current: {
        staff: { id: owner.id, name: owner.name, role: owner.role },
        signedInAt,
        lastActiveAt,
        server: null,
      },
    });
  };

  test('the sign-in holds while neither rule has run out', async () => {
    kept(T0 - 11 * HOUR, T0 - MINUTE);
    showShell(runtime);
    expect(await noteBox()).toBeInTheDocument();
    expect(screen.getByText('王丽 · 店主')).toBeInTheDocument();
  });

  test('the PIN is asked again after the idle minutes or the sign-in hours', async () => {
    kept(T0 - HOUR, T0 - 4 * MINUTE);
    const first = showShell(runtime);
    expect(await lockScreen()).toBeInTheDocument();
    await vi.waitFor(() => expect(useStaffSession.getState().current).toBeNull());
    expect(await screen.findByRole('list', { name: '门店员工' })).toBeInTheDocument();
    first.unmount();

    kept(T0 - 12 * HOUR, T0);
    showShell(runtime);
    expect(await lockScreen()).toBeInTheDocument();
    await vi.waitFor(() => expect(useStaffSession.getState().current).toBeNull());
  });
});

describe('roles on the rail', () => {
  const rail = () => screen.getByRole('navigation', { name: '主导航' });

  test('an associate sees only her jobs; a manager sees the manager’s too', async () => {
    signIn(staff[1]);
    const associate = showShell(runtime);
    await noteBox();
    expect(within(rail()).getByRole('link', { name: /找会员/ })).toBeInTheDocument();
    expect(within(rail()).queryByRole('link', { name: /报表/ })).not.toBeInTheDocument();
    associate.unmount();

    signIn(staff[2]);
    showShell(runtime);
    await noteBox();
    expect(within(rail()).getByRole('link', { name: /报表/ })).toBeInTheDocument();
  });
});

describe('read-only', () => {
  test('72 hours without the server: a banner asks to reconnect, and the job still shows', async () => {
    await writeMeta(runtime.db, 'lastContactAt', T0 - 73 * HOUR);
    signIn(staff[0]);
    showShell(runtime);
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent('这台平板已经超过 72 小时没有连上服务器，现在只能查看，不能修改。');
    expect(within(banner).getByRole('link', { name: '查看同步详情' })).toHaveAttribute('href', '/sync');
    expect(await noteBox()).toBeInTheDocument();
  });

  test('no banner while the server answered recently', async () => {
    await writeMeta(runtime.db, 'lastContactAt', T0 - HOUR);
    signIn(staff[0]);
    showShell(runtime);
    await noteBox();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
