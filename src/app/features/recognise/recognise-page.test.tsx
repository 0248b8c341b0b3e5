import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ReactNode } from 'react';
import { act, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { MemoryRouter, Route, Routes, useLocation, useParams } from 'react-router';
import type { MemberId, StaffId, StoreId } from '../../../shared/schemas/ids.schema';
import { FloorbookDb } from '../../db/floorbook-db';
import { DEFAULT_STORE_SETTINGS } from '../../../shared/domain/store-settings';
import { writeMeta } from '../../db/meta';
import { createCommands } from '../../commands/commands';
import { memberSearchFor } from '../../search/member-search';
import { useSession } from '../../state/session.state';
import { useStaffSession } from '../../state/staff-session.state';
import { createSyncStatusStore } from '../../sync/sync-status';
import type { TabletRuntime } from '../../tablet/tablet-runtime';
import { TabletRuntimeProvider } from '../../tablet/tablet-context';
import RecognisePage from './recognise-page';
import { RosterStatus } from './roster-status';
import { useCardScan } from './use-card-scan';
import { renderApp } from '../../../../tests/fixtures/render-app';
import { generateRoster, memberRowOf } from '../../../../tests/fixtures/member-roster';
import { memberFields, newDeviceId } from '../../../../tests/fixtures/factories';
import { tabletCommandDeps } from '../../../../tests/sync/fixtures/members';

const DAY = 86_400_000;
const ME = '0190a000-0000-7000-8000-000000000001' as StaffId;
let runtime: TabletRuntime;

beforeEach(async () => {
  const db = new FloorbookDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  const deps = tabletCommandDeps(db, { deviceId: newDeviceId(), staffId: ME }, () => Date.now());
  runtime = {
    db,
    status: createSyncStatusStore(),
    commands: () => Promise.resolve(createCommands(deps)),
    startSync: () => () => undefined,
  };
  useSession.getState().enrolled({
    store: { id: '0190c000-0000-7000-8000-000000000001' as StoreId, name: '静安店' },
    device: { id: newDeviceId(), token: 'token' },
  });
  useStaffSession.getState().signedIn({ id: ME, name: '李娜', role: 'associate' }, null, Date.now());
  // The store runs in the zone these tests count birthdays in: the machine's own.
  const storeId = '0190c000-0000-7000-8000-000000000001';
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  await db.settings.put({ storeId, server: null, fields: { ...DEFAULT_STORE_SETTINGS, timeZone } });
  const now = Date.now();
  await db.members.bulkPut([
    memberRowOf({
      ...base(1),
      name: '张晓梅',
      pinyin: 'zhangxiaomei',
      initials: 'zxm',
      phone: '13800138000',
      cardNo: '100000000016',
      lastVisitAt: now - 3 * DAY,
      ownerStaffId: ME,
      birthday: solarBirthdayIn(3),
    }),
    memberRowOf({
      ...base(2),
      name: '赵小曼',
      pinyin: 'zhaoxiaoman',
      initials: 'zxm',
      phone: '13912348000',
      cardNo: '100000000024',
      lastVisitAt: now - DAY,
      birthday: solarBirthdayIn(30),
    }),
  ]);
});
afterEach(() => {
  memberSearchFor(runtime.db).close();
  runtime.db.close();
});

function solarBirthdayIn(days: number) {
  const day = new Date(Date.now() + days * DAY);
  return { calendar: 'solar' as const, month: day.getMonth() + 1, day: day.getDate() };
}

/** A generated member to overwrite, so every field a row needs is there. */
function base(n: number) {
  const [m] = generateRoster(1, { seed: n });
  if (!m) throw new Error('no member');
  return { ...m, id: `0190b000-0000-7000-8000-00000000000${n}` as typeof m.id };
}

function Profile() {
  return <p>profile {useParams().id}</p>;
}

function renderPage() {
  return renderApp(
    <TabletRuntimeProvider runtime={runtime}>
      <Routes>
        <Route path="/" element={<RecognisePage />} />
        <Route path="/members/new" element={<p>sign-up form</p>} />
        <Route path="/members/:id" element={<Profile />} />
      </Routes>
    </TabletRuntimeProvider>,
  );
}

describe('RecognisePage', () => {
  test('waits in the search box, saying what can be typed', () => {
    renderPage();
    expect(screen.getByRole('searchbox', { name: '搜索会员' })).toHaveFocus();
    for (const way of ['手机尾号', '姓名', '拼音首字母', '卡号'])
      expect(screen.getByText(way)).toBeInTheDocument();
  });

  test('finds members by phone tail as she types, with masked phone, card and last visit', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.type(screen.getByRole('searchbox', { name: '搜索会员' }), '8000');
    const results = await screen.findByRole('list', { name: '搜索结果' });
    const cards = within(results).getAllByRole('link');
    expect(cards.map((c) => c.textContent)).toEqual([
      expect.stringContaining('赵小曼'),
      expect.stringContaining('张晓梅'),
    ]);
    const her = cards[1];
    expect(her).toHaveTextContent('138****8000');
    expect(her).toHaveTextContent('卡号 1000 0000 0016');
    expect(her).toHaveTextContent('3 天前到店');
    expect(her).toHaveTextContent('我的会员');
    expect(her).not.toHaveTextContent('13800138000');
    expect(cards[0]).not.toHaveTextContent('我的会员');
    expect(screen.getByText('找到 2 位会员')).toBeInTheDocument();
  });

  test('names the associate who looks after each member not her own', async () => {
    const user = userEvent.setup();
    const other = '0190a000-0000-7000-8000-000000000002' as StaffId;
    await runtime.db.members.put(
      memberRowOf({
        ...base(3),
        name: '钱多多',
        phone: '13712348000',
        cardNo: '100000000032',
        lastVisitAt: Date.now() - 10 * DAY,
        ownerStaffId: other,
        birthday: null,
      }),
    );
    await writeMeta(runtime.db, 'staffRoster', {
      staff: [
        { id: ME, name: '李娜', role: 'associate', pin: null },
        { id: other, name: '周婷', role: 'associate', pin: null },
      ],
      policy: { idleLockMinutes: 3, signInHours: 12, offlineLimitHours: 72 },
      serverTime: Date.now(),
    });
    renderPage();
    await user.type(screen.getByRole('searchbox', { name: '搜索会员' }), '8000');
    const results = await screen.findByRole('list', { name: '搜索结果' });
    const cards = within(results).getAllByRole('link');
    const card = (name: string) => cards.find((c) => c.textContent?.includes(name));
    await waitFor(() => expect(card('钱多多')).toHaveTextContent('专属导购：周婷'));
    expect(card('张晓梅')).toHaveTextContent('我的会员');
    expect(card('张晓梅')).not.toHaveTextContent('专属导购');
  });

  test('shows a manager the phone numbers in full', async () => {
    useStaffSession.getState().signedIn({ id: ME, name: '陈店长', role: 'manager' }, null, Date.now());
    const user = userEvent.setup();
    renderPage();
    await user.type(screen.getByRole('searchbox', { name: '搜索会员' }), '8000');
    expect(await screen.findByRole('link', { name: /张晓梅/ })).toHaveTextContent('13800138000');
  });

  test('marks a birthday within the week', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.type(screen.getByRole('searchbox', { name: '搜索会员' }), 'zxm');
    const her = await screen.findByRole('link', { name: /张晓梅/ });
    await waitFor(() => expect(her).toHaveTextContent('3 天后生日'));
    expect(screen.getByRole('link', { name: /赵小曼/ })).not.toHaveTextContent('生日');
  });

  test('shows her tier, 普卡 included, and the new one as soon as a purchase earns it', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.type(screen.getByRole('searchbox', { name: '搜索会员' }), 'zxm');
    const her = await screen.findByRole('link', { name: /张晓梅/ });
    await waitFor(() => expect(her).toHaveTextContent('普卡'));
    const commands = await runtime.commands();
    await act(() =>
      commands.recordPurchase('0190b000-0000-7000-8000-000000000001' as MemberId, {
        items: [{ styleNo: 'A2601', category: 'outerwear', size: 'M', quantity: 1, unitPrice: 2_000_000 }],
      }),
    );
    await waitFor(() => expect(screen.getByRole('link', { name: /张晓梅/ })).toHaveTextContent('金卡'));
    expect(screen.getByRole('link', { name: /赵小曼/ })).not.toHaveTextContent(/银卡|金卡|钻石卡/);
  });

  test('opens the first result on Enter', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.type(screen.getByRole('searchbox', { name: '搜索会员' }), 'zhangxm');
    await screen.findByRole('link', { name: /张晓梅/ });
    await user.keyboard('{Enter}');
    expect(await screen.findByText('profile 0190b000-0000-7000-8000-000000000001')).toBeInTheDocument();
  });

  test('says who was not found and offers to sign her up', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.type(screen.getByRole('searchbox', { name: '搜索会员' }), '王五');
    expect(await screen.findByText('没有找到“王五”')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: '为她开卡' }));
    expect(screen.getByText('sign-up form')).toBeInTheDocument();
  });

  test('clears the search with one tap', async () => {
    const user = userEvent.setup();
    renderPage();
    const box = screen.getByRole('searchbox', { name: '搜索会员' });
    await user.type(box, 'zxm');
    await screen.findByRole('list', { name: '搜索结果' });
    await user.click(screen.getByRole('button', { name: '清除搜索' }));
    expect(box).toHaveValue('');
    expect(box).toHaveFocus();
    expect(screen.queryByRole('list', { name: '搜索结果' })).not.toBeInTheDocument();
  });

  test('finds a member signed up on this tablet while the page is open', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.type(screen.getByRole('searchbox', { name: '搜索会员' }), '2222');
    expect(await screen.findByText('没有找到“2222”')).toBeInTheDocument();
    const commands = await runtime.commands();
    await act(() =>
      commands.signUpMember({ fields: memberFields({ name: '王美丽', phone: '13911112222' }) }),
    );
    expect(await screen.findByRole('link', { name: /王美丽/ })).toHaveTextContent('还没有到店记录');
  });

  test('opens the camera scanner on demand', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(screen.getByRole('button', { name: '扫码' }));
    const dialog = await screen.findByRole('dialog', { name: '扫描会员码' });
    await user.click(within(dialog).getByRole('button', { name: '关闭' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

describe('useCardScan', () => {
  function scanHook() {
    const search = memberSearchFor(runtime.db);
    const wrapper = ({ children }: { children: ReactNode }) => <MemoryRouter>{children}</MemoryRouter>;
    return renderHook(() => ({ scan: useCardScan(search.findByCard), path: useLocation().pathname }), {
      wrapper,
    });
  }

  test('opens the profile of the member whose card was scanned', async () => {
    const { result } = scanHook();
    act(() => result.current.scan.scanned('FLOORBOOK:M:100000000024'));
    await waitFor(() => expect(result.current.path).toBe('/members/0190b000-0000-7000-8000-000000000002'));
  });

  test('says so when no member holds the card, or the code is not a member code', async () => {
    const { result } = scanHook();
    act(() => result.current.scan.scanned('FLOORBOOK:M:100000000057'));
    await waitFor(() =>
      expect(result.current.scan.problem).toEqual({ kind: 'no-member', cardNo: '100000000057' }),
    );
    act(() => result.current.scan.scanned('https://example.com/coupon'));
    expect(result.current.scan.problem).toEqual({ kind: 'not-a-member-code' });
    expect(result.current.path).toBe('/');
  });
});

describe('RosterStatus', () => {
  const renderStatus = (ready: boolean) =>
    renderApp(
      <TabletRuntimeProvider runtime={runtime}>
        <RosterStatus state={{ version: 1, ready, loaded: 2000, total: 5000, failed: false }} />
      </TabletRuntimeProvider>,
    );

  test('shows the roster being read, then the first download from the server', () => {
    renderStatus(false);
    expect(
      screen.getByRole('progressbar', { name: '正在载入会员名册：2000 / 5000，结果可能不全' }),
    ).toHaveAttribute('value', '2000');
    act(() => runtime.status.update({ progress: { done: 300, total: 90_000 } }));
    expect(
      screen.getByRole('progressbar', { name: '正在下载会员名册：300 / 90,000，结果可能不全' }),
    ).toBeInTheDocument();
  });

  test('counts the first download in members, then in history, as staff count them', () => {
    renderStatus(true);
    const members = { done: 5_000, total: 12_000 };
    act(() => runtime.status.update({ progress: { done: 7_000, total: 17_587, members } }));
    expect(screen.getByRole('status')).toHaveTextContent('已下载 5,000 / 12,000 位会员');
    expect(screen.getByRole('progressbar')).toHaveAttribute('value', '7000');
    act(() =>
      runtime.status.update({
        progress: { done: 15_000, total: 17_587, members: { done: 12_000, total: 12_000 } },
      }),
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      '会员已全部下载，正在下载历史记录：3,000 / 5,587 条',
    );
  });

  test('is silent once the whole roster is searchable', () => {
    renderStatus(true);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
