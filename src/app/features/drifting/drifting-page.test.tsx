import { describe, expect, test } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import DriftingPage from './drifting-page';
import { renderApp } from '../../../../tests/fixtures/render-app';
import { rosterTablet, STAFF, storeMembers } from '../../../../tests/fixtures/roster-tablet';

const DAY = 86_400_000;

async function drifting(who: keyof typeof STAFF = 'chen') {
  const tablet = await rosterTablet(who);
  const now = Date.now();
  await storeMembers(tablet.db, [
    { name: '张晓梅', lastVisitAt: now - 10 * DAY, ownerStaffId: STAFF.lina.id },
    { name: '王芳', lastVisitAt: now - 100 * DAY, ownerStaffId: STAFF.lina.id },
    { name: '刘洋', lastVisitAt: now - 200 * DAY },
    { name: '赵敏', lastVisitAt: now - 400 * DAY, ownerStaffId: STAFF.zhou.id },
  ]);
  renderApp(
    tablet.wrap(
      <Routes>
        <Route path="/drifting" element={<DriftingPage />} />
      </Routes>,
    ),
    { route: '/drifting' },
  );
  return tablet;
}

const rows = () =>
  within(screen.getByRole('table', { name: '流失会员名单' }))
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.textContent);

describe('DriftingPage', () => {
  test('lists members gone quiet by the store thresholds, with days away, status in words and owner', async () => {
    await drifting();
    expect(await screen.findByText('3 位会员')).toBeInTheDocument();
    expect(rows()).toEqual(['刘洋即将失效200 天无', '王芳沉睡100 天李娜', '赵敏已失效400 天周婷']);
  });

  test('filters by status and by associate', async () => {
    const user = userEvent.setup();
    await drifting();
    await screen.findByText('3 位会员');
    await user.click(
      within(screen.getByRole('group', { name: '状态' })).getByRole('button', { name: '已失效' }),
    );
    expect(rows()).toEqual(['赵敏已失效400 天周婷']);
    await user.click(
      within(screen.getByRole('group', { name: '状态' })).getByRole('button', { name: '全部' }),
    );
    await user.selectOptions(screen.getByRole('combobox', { name: '导购' }), '无');
    expect(rows()).toEqual(['刘洋即将失效200 天无']);
  });

  test('hands the listed members to an associate as their owner', async () => {
    const user = userEvent.setup();
    const { db } = await drifting();
    await screen.findByText('3 位会员');
    await user.click(
      within(screen.getByRole('group', { name: '状态' })).getByRole('button', { name: '即将失效' }),
    );
    await user.selectOptions(screen.getByRole('combobox', { name: '把这 1 位交给' }), '吴佳');
    await user.click(screen.getByRole('button', { name: '交出去' }));
    expect(await screen.findByText(/已把 1 位会员/)).toBeInTheDocument();
    await waitFor(() => expect(rows()).toEqual(['刘洋即将失效200 天吴佳']));
    expect((await db.outbox.toArray()).map((r) => r.mutation.kind)).toEqual(['member.update']);
  });

  test('shows an associate nothing', async () => {
    await drifting('lina');
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
  });
});
