import { describe, expect, test } from 'vitest';
import { screen, within } from '@testing-library/react';
import { todayFromMembers } from '../../../shared/domain/counter/member-today';
import { DEFAULT_PROGRAMME_RULES } from '../../../shared/domain/programme/rules';
import { renderApp } from '../../../../tests/fixtures/render-app';
import { TodayFigures } from './today-figures';

const today = { year: 2026, month: 11, day: 20 };

/** Today as the screen has it right after a start: the till's figures and the targets in, no member's events yet. */
const beforeEvents = {
  today,
  birthdays: [],
  counting: true,
  rosterLoading: true,
  figures: todayFromMembers({
    today,
    timeZone: 'Asia/Shanghai',
    rules: DEFAULT_PROGRAMME_RULES,
    shares: [],
    members: [],
    till: { salesFen: 1_000_000, tickets: 10, pieces: 15 },
    target: { vipSalesFen: 500_000, vipShareBp: 5_000 },
  }),
};

describe('today’s figures while the members’ events are still read', () => {
  test('the till’s figures and targets show; the members’ figures say they are being counted, not 0', async () => {
    renderApp(<TodayFigures view={beforeEvents} />);
    const sales = await screen.findByRole('region', { name: 'VIP销售额' });
    expect(sales).toHaveTextContent('计算中…');
    expect(sales).toHaveTextContent('目标¥5,000');
    expect(sales).not.toHaveTextContent('¥0');
    expect(within(sales).queryByRole('progressbar')).toBeNull();
    const share = screen.getByRole('region', { name: 'VIP销售占比' });
    expect(share).toHaveTextContent('计算中…');
    expect(share).toHaveTextContent('占收银总额¥10,000');
    expect(share).toHaveTextContent('目标50%');
    for (const name of ['VIP到店', 'VIP客单价', 'VIP连带率', '今日回访', '沉睡会员回店'])
      expect(screen.getByRole('region', { name })).toHaveTextContent('计算中…');
    expect(screen.getByText('会员名单还在载入，数字可能还会增加。')).toBeInTheDocument();
  });

  test('once counted, the figures are numbers', async () => {
    renderApp(<TodayFigures view={{ ...beforeEvents, counting: false, rosterLoading: false }} />);
    const sales = await screen.findByRole('region', { name: 'VIP销售额' });
    expect(sales).toHaveTextContent('¥0');
    expect(screen.queryByText('计算中…')).toBeNull();
  });
});
