import { describe, expect, test, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { solarToLunar } from '../../../shared/domain/birthday';
import BirthdayBoardPage from './birthday-board-page';
import { renderApp } from '../../../../tests/fixtures/render-app';
import { rosterTablet, storeMembers } from '../../../../tests/fixtures/roster-tablet';

const today = new Date();
const next = {
  year: today.getFullYear() + (today.getMonth() === 11 ? 1 : 0),
  month: ((today.getMonth() + 1) % 12) + 1,
};
const thisMonth = today.getMonth() + 1;
const lunar = solarToLunar({ ...next, day: 15 });

async function board(route = '/birthdays') {
  const tablet = await rosterTablet('lina');
  await storeMembers(tablet.db, [
    { name: '张晓梅', phone: '13800138000', birthday: { calendar: 'solar', month: next.month, day: 20 } },
    {
      name: '王芳',
      birthday: { calendar: 'lunar', month: lunar.month, day: lunar.day, leapMonth: lunar.leapMonth },
    },
    { name: '刘洋', birthday: { calendar: 'solar', month: next.month, day: 3 } },
    { name: '赵敏', birthday: { calendar: 'solar', month: thisMonth, day: 1 } },
    { name: '孙丽', birthday: null },
  ]);
  renderApp(
    tablet.wrap(
      <Routes>
        <Route path="/birthdays" element={<BirthdayBoardPage />} />
      </Routes>,
    ),
    { route },
  );
}

const names = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((h) => h.textContent);

describe('BirthdayBoardPage', () => {
  test("lists next month's birthdays by date under the store's name, lunar ones as such, no phones", async () => {
    await board();
    expect(
      await screen.findByRole('heading', {
        name: `静安店 · ${String(next.year)}年${String(next.month)}月生日`,
      }),
    ).toBeInTheDocument();
    expect(await screen.findByText('3 位会员')).toBeInTheDocument();
    expect(names()).toEqual(['刘洋', '王芳', '张晓梅']);
    const wang = screen.getByRole('row', { name: /王芳/ });
    expect(wang).toHaveTextContent(`${String(next.month)}月15日`);
    expect(wang).toHaveTextContent(/农历/);
    expect(screen.getByRole('row', { name: /张晓梅/ })).toHaveTextContent(`公历 ${String(next.month)}月20日`);
    expect(document.body).not.toHaveTextContent('13800138000');
  });

  test("switches to this month's, and prints with the browser", async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await board();
    await user.click(await screen.findByRole('button', { name: '本月' }));
    expect(await screen.findByText('1 位会员')).toBeInTheDocument();
    expect(names()).toEqual(['赵敏']);
    await user.click(screen.getByRole('button', { name: '打印' }));
    expect(print).toHaveBeenCalledOnce();
  });
});
