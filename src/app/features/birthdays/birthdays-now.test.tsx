import { describe, expect, test } from 'vitest';
import { screen, within } from '@testing-library/react';
import BirthdaysNow from './birthdays-now';
import { renderApp } from '../../../../tests/fixtures/render-app';
import { rosterTablet, storeMembers } from '../../../../tests/fixtures/roster-tablet';

const now = new Date();
const month = now.getMonth() + 1;
const day = now.getDate();
// Later this month, when there is a later day; the test of the month's list needs one.
const lastDay = new Date(now.getFullYear(), month, 0).getDate();

describe('BirthdaysNow', () => {
  test("names today's birthdays and the rest of this month's on the home screen", async () => {
    const tablet = await rosterTablet('lina');
    await storeMembers(tablet.db, [
      { name: '张晓梅', birthday: { calendar: 'solar', month, day } },
      { name: '王芳', birthday: { calendar: 'solar', month, day: lastDay } },
      { name: '刘洋', birthday: { calendar: 'solar', month: (month % 12) + 1, day: 1 } },
    ]);
    renderApp(tablet.wrap(<BirthdaysNow />));
    const section = await screen.findByRole('region', { name: '生日' });
    expect(within(section).getByRole('link', { name: '张晓梅' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/members\//),
    );
    if (lastDay > day)
      expect(
        within(section).getByRole('link', {
          name: new RegExp(`王芳 ${String(month)}月${String(lastDay)}日`),
        }),
      ).toBeInTheDocument();
    expect(within(section).queryByText(/刘洋/)).not.toBeInTheDocument();
    expect(within(section).getByRole('link', { name: '生日榜' })).toHaveAttribute(
      'href',
      '/birthdays?month=this',
    );
  });

  test('says so when nobody has a birthday today', async () => {
    const tablet = await rosterTablet('lina');
    renderApp(tablet.wrap(<BirthdaysNow />));
    expect(await screen.findByText('今天没有会员过生日。')).toBeInTheDocument();
  });
});
