import { describe, expect, onTestFinished, test, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import type { MemberId } from '../../../shared/schemas/ids.schema';
import ClientsPage from './clients-page';
import { renderApp } from '../../../../tests/fixtures/render-app';
import { rosterTablet, STAFF, storeMembers } from '../../../../tests/fixtures/roster-tablet';
import { purchaseEvent } from '../../../../tests/fixtures/factories';

const DAY = 86_400_000;

/** A solar birthday this many days from today, in the machine's zone (the store's in these tests). */
function birthdayIn(days: number) {
  const d = new Date(Date.now() + days * DAY);
  return { calendar: 'solar' as const, month: d.getMonth() + 1, day: d.getDate() };
}

async function linaBook(who: keyof typeof STAFF = 'lina') {
  const tablet = await rosterTablet(who);
  const now = Date.now();
  const [a, b, c] = await storeMembers(tablet.db, [
    { name: '张晓梅', ownerStaffId: STAFF.lina.id, lastVisitAt: now - 3 * DAY, birthday: birthdayIn(20) },
    { name: '王芳', ownerStaffId: STAFF.lina.id, lastVisitAt: now - 40 * DAY, birthday: birthdayIn(2) },
    { name: '刘洋', ownerStaffId: STAFF.lina.id, lastVisitAt: 0, birthday: null },
    { name: '赵敏', ownerStaffId: STAFF.zhou.id, lastVisitAt: now - DAY },
  ]);
  await tablet.db.events.bulkAdd([
    purchaseEvent(a?.id as MemberId, now - 3 * DAY, STAFF.lina.id, { total: 600_000 }),
    purchaseEvent(b?.id as MemberId, now - 40 * DAY, STAFF.lina.id, { total: 2_500_000 }),
  ]);
  expect(c).toBeDefined();
  renderApp(
    tablet.wrap(
      <Routes>
        <Route path="/clients" element={<ClientsPage />} />
      </Routes>,
    ),
    { route: '/clients' },
  );
  return tablet;
}

const rowNames = () =>
  within(screen.getByRole('table', { name: '顾客名单' }))
    .getAllByRole('rowheader')
    .map((h) => h.textContent);

describe('ClientsPage', () => {
  test('shows the associate her own members, highest tier first, with tier, spend and next birthday', async () => {
    await linaBook();
    expect(await screen.findByRole('heading', { name: '我的顾客' })).toBeInTheDocument();
    expect(await screen.findByText('共 3 位会员')).toBeInTheDocument();
    await waitFor(() => expect(rowNames()).toEqual(['王芳', '张晓梅', '刘洋']));
    const wang = screen.getByRole('row', { name: /王芳/ });
    expect(wang).toHaveTextContent('金卡');
    expect(wang).toHaveTextContent('¥25,000.00');
    expect(wang).toHaveTextContent('2 天后');
    expect(screen.getByRole('row', { name: /刘洋/ })).toHaveTextContent('还没有到店记录');
    expect(screen.queryByRole('row', { name: /赵敏/ })).not.toBeInTheDocument();
    // An associate sees her own book only, and moves nobody.
    expect(screen.queryByRole('combobox', { name: '查看谁的顾客' })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });

  test('sorts by last visit, next birthday and spend', async () => {
    const user = userEvent.setup();
    await linaBook();
    await screen.findByText('共 3 位会员');
    const sorts = screen.getByRole('group', { name: '排序' });
    await user.click(within(sorts).getByRole('button', { name: '最近到店' }));
    expect(rowNames()).toEqual(['张晓梅', '王芳', '刘洋']);
    await user.click(within(sorts).getByRole('button', { name: '下次生日' }));
    expect(rowNames()).toEqual(['王芳', '张晓梅', '刘洋']);
    expect(within(sorts).getByRole('button', { name: '下次生日' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(sorts).getByRole('button', { name: '累计消费' }));
    await waitFor(() => expect(rowNames()).toEqual(['王芳', '张晓梅', '刘洋']));
  });

  test("lets a manager open another associate's book and move all of it to another, then undo", async () => {
    const user = userEvent.setup();
    const { db } = await linaBook('chen');
    await screen.findByRole('option', { name: '李娜' });
    await user.selectOptions(screen.getByRole('combobox', { name: '查看谁的顾客' }), '李娜');
    expect(await screen.findByRole('heading', { name: '李娜的顾客' })).toBeInTheDocument();
    await screen.findByText('共 3 位会员');
    const panel = screen.getByRole('region', { name: '转给其他导购' });
    expect(panel).toHaveTextContent('这位导购的全部 3 位会员');
    await user.click(within(panel).getByRole('button', { name: '开始转移' }));
    expect(within(panel).getByRole('alert')).toHaveTextContent('请先选择接手的导购。');
    await user.selectOptions(within(panel).getByRole('combobox', { name: '交给' }), '周婷（导购）');
    await user.click(within(panel).getByRole('button', { name: '开始转移' }));
    expect(await within(panel).findByText(/已把 3 位会员转给新的导购/)).toBeInTheDocument();
    await waitFor(async () =>
      expect(
        (await db.members.toArray()).filter((m) => m.fields.ownerStaffId === STAFF.zhou.id),
      ).toHaveLength(4),
    );
    expect(await db.outbox.count()).toBe(3);
    await screen.findByText('还没有会员由这位导购负责。');
    await user.click(within(panel).getByRole('button', { name: '撤销，全部转回去' }));
    expect(await within(panel).findByText('已把 3 位会员转回原来的导购。')).toBeInTheDocument();
    await screen.findByText('共 3 位会员');
  });

  test('offline, a manager is told moves wait for the network, since the server checks each one', async () => {
    const offline = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    onTestFinished(() => offline.mockRestore());
    const user = userEvent.setup();
    await linaBook('chen');
    await screen.findByRole('option', { name: '李娜' });
    await user.selectOptions(screen.getByRole('combobox', { name: '查看谁的顾客' }), '李娜');
    await screen.findByText('共 3 位会员');
    expect(
      await screen.findByText('转移会员要连上网络，并用店长或店主的 PIN 码确认：每次转移都由服务器核对。'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '开始转移' })).not.toBeInTheDocument();
  });

  test('shares the ticked members out evenly among the associates a manager picks', async () => {
    const user = userEvent.setup();
    const { db } = await linaBook('chen');
    // The staff roster arrives after the page: pick her once her name is a choice.
    await screen.findByRole('option', { name: '李娜' });
    await user.selectOptions(screen.getByRole('combobox', { name: '查看谁的顾客' }), '李娜');
    await screen.findByText('共 3 位会员');
    await user.click(screen.getByRole('checkbox', { name: '选择王芳' }));
    await user.click(screen.getByRole('checkbox', { name: '选择张晓梅' }));
    const panel = screen.getByRole('region', { name: '转给其他导购' });
    expect(panel).toHaveTextContent('已选的 2 位会员');
    await user.click(within(panel).getByRole('radio', { name: '平均分给几位导购' }));
    await user.click(within(panel).getByRole('checkbox', { name: '周婷' }));
    await user.click(within(panel).getByRole('checkbox', { name: '吴佳' }));
    expect(within(panel).getByRole('checkbox', { name: '周婷：1 位' })).toBeChecked();
    expect(within(panel).getByRole('checkbox', { name: '吴佳：1 位' })).toBeChecked();
    await user.click(within(panel).getByRole('button', { name: '开始转移' }));
    expect(await within(panel).findByText(/已把 2 位会员/)).toBeInTheDocument();
    const owners = (await db.members.toArray()).map((m) => m.fields.ownerStaffId);
    expect(owners.filter((o) => o === STAFF.wu.id)).toHaveLength(1);
    expect(owners.filter((o) => o === STAFF.lina.id)).toHaveLength(1);
    await waitFor(() => expect(rowNames()).toEqual(['刘洋']));
  });
});
