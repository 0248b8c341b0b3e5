import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Route, Routes, useParams } from 'react-router';
import type { MemberId, StoreId } from '../../../shared/schemas/ids.schema';
import { renderApp } from '../../../../tests/fixtures/render-app';
import { manualClock, memberFields, newDeviceId, newStaffId } from '../../../../tests/fixtures/factories';
import { tabletCommandDeps } from '../../../../tests/sync/fixtures/members';
import { createCommands, type Commands } from '../../commands/commands';
import { FloorbookDb } from '../../db/floorbook-db';
import { dexieTabletCopy, type TabletCopy } from '../../db/tablet-copy';
import { resetTablet } from '../../db/dead-letter-queries';
import { useUpdate } from '../../pwa/update.state';
import { useSession } from '../../state/session.state';
import { useStaffSession } from '../../state/staff-session.state';
import { createSyncStatusStore, type SyncStatusStore } from '../../sync/sync-status';
import { TabletRuntimeProvider } from '../../tablet/tablet-context';
import { SyncStatusBar } from '../../ui/sync-status-bar';
import SettingsPage from '../settings/settings-page';
import SyncPage from './sync-page';

const clock = manualClock(Date.now());
let db: FloorbookDb;
let status: SyncStatusStore;
let commands: Commands;
let store: TabletCopy;

beforeEach(() => {
  db = new FloorbookDb({ name: 'sync-page', indexedDB: new IDBFactory(), IDBKeyRange });
  status = createSyncStatusStore();
  const session = { deviceId: newDeviceId(), staffId: newStaffId() };
  commands = createCommands(tabletCommandDeps(db, session, clock.now));
  store = dexieTabletCopy(db, { deviceId: session.deviceId, clock: clock.now });
  useSession.getState().enrolled({
    store: { id: '0190a000-0000-7000-8000-0000000000a1' as StoreId, name: '静安嘉里中心店' },
    device: { id: session.deviceId, token: 'token' },
  });
  useStaffSession
    .getState()
    .signedIn({ id: session.staffId, name: '王丽', role: 'associate' }, null, Date.now());
});
afterEach(() => {
  db.close();
  useUpdate.setState({ applyUpdate: null, outdated: false });
});

function MemberProbe() {
  return <h1>member {useParams().id}</h1>;
}

function showTablet(route = '/sync', language: 'zh-CN' | 'en' = 'zh-CN') {
  const runtime = { db, status, commands: () => Promise.resolve(commands), startSync: () => () => undefined };
  return renderApp(
    <TabletRuntimeProvider runtime={runtime}>
      <SyncStatusBar />
      <Routes>
        <Route path="/" element={<p>home</p>} />
        <Route path="/sync" element={<SyncPage />} />
        <Route path="/settings" element={<SettingsPage />} />
        <Route path="/members/:id" element={<MemberProbe />} />
      </Routes>
    </TabletRuntimeProvider>,
    { route, language },
  );
}

async function signUp(name: string, phone: string, cardNo: string): Promise<MemberId> {
  const result = await commands.signUpMember({ fields: memberFields({ name, phone, cardNo }) });
  if (!result.ok) throw new Error(result.error.code);
  return result.value.memberId;
}

/** Answer the waiting changes as the server would: the ones named are refused, the rest taken. */
async function serverAnswers(
  refused: Record<string, { code: 'phone-taken' | 'invalid' | 'forbidden'; message: string; field?: string }>,
) {
  const rows = await db.outbox.toArray();
  await store.settle(
    rows.map((r) => {
      const no = refused[r.mutation.kind];
      return no ? { id: r.id, ok: false, ...no } : { id: r.id, ok: true };
    }),
  );
}

describe('the sync pill', () => {
  test('opens the sync page', async () => {
    const user = userEvent.setup();
    showTablet('/');
    const pill = screen.getByRole('link', { name: /查看同步详情/ });
    expect(within(pill).getByRole('status')).toHaveTextContent('在线');
    await user.click(pill);
    expect(await screen.findByRole('heading', { level: 1, name: '同步' })).toBeInTheDocument();
  });
});

describe('SyncPage', () => {
  test('says what waits, since when, and what to do about the current problem', async () => {
    status.update({
      online: false,
      pending: 3,
      oldestPendingAt: Date.now() - 2 * 3_600_000,
      lastSyncedAt: Date.now() - 5 * 60_000,
      error: 'network',
      persisted: false,
    });
    showTablet();
    const now = await screen.findByRole('region', { name: '现在的状态' });
    // The browser has a network (jsdom says so); only the server is away: not "offline" (issue #17).
    expect(now).not.toHaveTextContent('离线');
    expect(now).toHaveTextContent('3 条 · 最早的一条：2 小时前');
    expect(now).toHaveTextContent('5 分钟前');
    expect(now).toHaveTextContent('连不上服务器，改动已保存在平板上');
    expect(now).toHaveTextContent('请检查平板是否连上门店的 Wi-Fi');
    expect(screen.getByRole('region', { name: '平板上的数据' })).toHaveTextContent('没有承诺保留数据');
  });

  test('asks to set the tablet clock right when it is off by minutes, in both languages', async () => {
    status.update({ clockAheadMinutes: 1 });
    const { unmount } = showTablet();
    const now = await screen.findByRole('region', { name: '现在的状态' });
    expect(now).not.toHaveTextContent('时钟');
    act(() => status.update({ clockAheadMinutes: 12 }));
    expect(now).toHaveTextContent('平板的时钟快了 12 分钟');
    unmount();
    status.update({ clockAheadMinutes: -1_440 });
    showTablet('/sync', 'en');
    expect(screen.getByRole('region', { name: 'Right now' })).toHaveTextContent(
      "This tablet's clock is 1440 minutes slow",
    );
  });

  test('shows the first download as a bar with numbers', () => {
    status.update({ progress: { done: 500, total: 2000 }, persisted: true });
    showTablet('/sync', 'en');
    const now = screen.getByRole('region', { name: 'Right now' });
    expect(within(now).getByRole('progressbar', { name: 'Downloading the member roster' })).toHaveAttribute(
      'value',
      '500',
    );
    expect(now).toHaveTextContent('500 of 2,000 downloaded');
    expect(screen.getByRole('region', { name: 'Data on this tablet' })).toHaveTextContent(
      'promised not to clear',
    );
  });

  test('when the app is outdated, offers the waiting update and says nothing is lost', async () => {
    const user = userEvent.setup();
    const applyUpdate = vi.fn();
    useUpdate.setState({ applyUpdate });
    status.update({ outdated: true, error: 'outdated', phase: 'stopped' });
    showTablet();
    const notice = screen.getByRole('region', { name: '需要更新应用' });
    expect(notice).toHaveTextContent('不会丢失');
    await user.click(within(notice).getByRole('button', { name: '立即更新' }));
    expect(applyUpdate).toHaveBeenCalledOnce();
  });

  test('when the app is outdated and no update has arrived yet, offers to look for it', () => {
    status.update({ outdated: true, error: 'outdated', phase: 'stopped' });
    showTablet();
    const notice = screen.getByRole('region', { name: '需要更新应用' });
    expect(within(notice).getByRole('button', { name: '检查新版本' })).toBeInTheDocument();
  });

  test('shows no update notice while the app is current', () => {
    showTablet();
    expect(screen.queryByRole('region', { name: '需要更新应用' })).not.toBeInTheDocument();
  });
});

describe('refused changes', () => {
  test('are listed in words, with the reason, the member and what to do', async () => {
    const zhang = await signUp('张晓梅', '13800138000', '100000000001');
    await serverAnswers({});
    await commands.editMember(zhang, { phone: '13900139000' });
    await signUp('李娜', '13700137000', '100000000002');
    await serverAnswers({
      'member.update': { code: 'phone-taken', message: '这个手机号已属于另一位会员。' },
      'member.create': { code: 'invalid', message: '这条改动的内容不完整或格式不对。' },
    });
    const user = userEvent.setup();
    showTablet();

    const edit = await screen.findByRole('article', { name: '修改资料 · 张晓梅' });
    expect(edit).toHaveTextContent('这个手机号已属于另一位会员。');
    expect(edit).toHaveTextContent('请打开会员核对手机号');
    const signUpRefused = screen.getByRole('article', { name: '新会员 · 李娜' });
    expect(within(signUpRefused).queryByRole('link', { name: '打开会员' })).not.toBeInTheDocument();

    await user.click(within(edit).getByRole('link', { name: '打开会员' }));
    expect(screen.getByRole('heading', { name: `member ${zhang}` })).toBeInTheDocument();
  });

  test('a removal sent without a PIN the server confirmed says to confirm it and remove her again', async () => {
    const zhang = await signUp('张晓梅', '13800138000', '100000000001');
    await serverAnswers({});
    await commands.deleteMember(zhang, '重复录入');
    await serverAnswers({
      'member.delete': { code: 'forbidden', message: '没有权限做这项改动。', field: 'session' },
    });
    showTablet();
    const refused = await screen.findByRole('article');
    expect(refused).toHaveTextContent('请打开会员，确认 PIN 后再删除一次');
    expect(refused).not.toHaveTextContent('这项改动需要店长来做');
  });

  test('are discarded one by one after a confirm, down to the empty state', async () => {
    await signUp('李娜', '13700137000', '100000000002');
    await signUp('赵敏', '13600136000', '100000000003');
    await serverAnswers({
      'member.create': { code: 'invalid', message: '这条改动的内容不完整或格式不对。' },
    });
    const user = userEvent.setup();
    showTablet();

    const li = await screen.findByRole('article', { name: '新会员 · 李娜' });
    await user.click(within(li).getByRole('button', { name: '放弃' }));
    await user.click(within(li).getByRole('button', { name: '取消' }));
    await user.click(within(li).getByRole('button', { name: '放弃' }));
    const confirm = within(li).getByRole('group', { name: /它本来就没有生效/ });
    await user.click(within(confirm).getByRole('button', { name: '确认放弃' }));
    // The discard lands in IndexedDB first; the list follows when the live query fires again.
    await vi.waitFor(() =>
      expect(screen.queryByRole('article', { name: '新会员 · 李娜' })).not.toBeInTheDocument(),
    );

    const last = screen.getByRole('article', { name: '新会员 · 赵敏' });
    await user.click(within(last).getByRole('button', { name: '放弃' }));
    await user.click(within(last).getByRole('button', { name: '确认放弃' }));
    expect(await screen.findByText('没有被拒绝的改动。')).toBeInTheDocument();
    expect(await db.deadLetters.count()).toBe(0);
  });
});

describe('resetting the tablet', () => {
  test('warns with the exact count of waiting changes and needs them acknowledged', async () => {
    const zhang = await signUp('张晓梅', '13800138000', '100000000001');
    await commands.recordVisit(zhang, {});
    await commands.recordVisit(zhang, {});
    const user = userEvent.setup();
    showTablet('/settings');

    await user.click(screen.getByRole('button', { name: '重置这台平板…' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('还有 3 条改动没有同步，重置会丢失它们');
    const wipe = screen.getByRole('button', { name: '重置并丢失 3 条改动' });
    expect(wipe).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: '我知道这 3 条改动会丢失' }));
    await user.click(wipe);

    await vi.waitFor(() => expect(useSession.getState().enrolment).toBeNull());
    expect(await db.outbox.count()).toBe(0);
    expect(await db.members.count()).toBe(0);
  });

  test('asks again when another change arrives after the acknowledgement', async () => {
    const zhang = await signUp('张晓梅', '13800138000', '100000000001');
    const user = userEvent.setup();
    showTablet();

    await user.click(screen.getByRole('button', { name: '重置这台平板…' }));
    await user.click(await screen.findByRole('checkbox', { name: '我知道这 1 条改动会丢失' }));
    await commands.recordVisit(zhang, {});

    expect(await screen.findByRole('button', { name: '重置并丢失 2 条改动' })).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: '我知道这 2 条改动会丢失' })).not.toBeChecked();
    expect(useSession.getState().enrolment).not.toBeNull();
  });

  test('with nothing waiting, a plain confirm wipes the tablet', async () => {
    await signUp('张晓梅', '13800138000', '100000000001');
    await serverAnswers({});
    const user = userEvent.setup();
    showTablet();

    await user.click(screen.getByRole('button', { name: '重置这台平板…' }));
    expect(await screen.findByText(/确定重置吗/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '重置' }));

    await vi.waitFor(() => expect(useSession.getState().enrolment).toBeNull());
    expect(await db.members.count()).toBe(0);
  });

  test('wipes nothing when more changes wait than staff agreed to lose', async () => {
    const zhang = await signUp('张晓梅', '13800138000', '100000000001');
    await commands.recordVisit(zhang, {});
    expect(await resetTablet(db, 1)).toEqual({ reset: false, pending: 2 });
    expect(await db.outbox.count()).toBe(2);
    expect(await db.members.count()).toBe(1);
  });
});
