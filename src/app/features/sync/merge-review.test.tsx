import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../../tests/fixtures/render-app';
import {
  fakeApi,
  json,
  noContent,
  SESSION_TOKEN,
  signInAs,
  type SeenCall,
} from '../../../../tests/fixtures/admin-fixtures';
import { MergeReview } from './merge-review';

const merge = {
  absorbedId: '0190f000-0000-7000-8000-000000000002',
  mergedAt: Date.UTC(2026, 10, 20),
  survivor: {
    id: '0190f000-0000-7000-8000-000000000001',
    name: '张晓梅',
    cardNo: '100000000001',
    phone: '13800138000',
  },
};

describe('merges to review', () => {
  let calls: SeenCall[];
  beforeEach(() => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    let reviewed = false;
    calls = fakeApi((call) => {
      if (call.method === 'POST') {
        reviewed = true;
        return noContent();
      }
      return json({ merges: reviewed ? [] : [merge] });
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    localStorage.clear();
  });

  test('a manager sees the merged duplicate and confirms it was one person', async () => {
    const user = userEvent.setup();
    signInAs('manager');
    renderApp(<MergeReview />);
    expect(await screen.findByText(/张晓梅（138\*\*\*\*8000，卡号 100000000001）/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '查看会员' })).toHaveAttribute(
      'href',
      `/members/${merge.survivor.id}`,
    );
    await user.click(screen.getByRole('button', { name: '确认是同一人' }));
    expect(await screen.findByText('没有待核对的合并。')).toBeInTheDocument();
    // The server names the reviewer from her session: no body.
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({
      path: `/api/merges/${merge.absorbedId}/review`,
      body: undefined,
      headers: { 'x-floorbook-session': SESSION_TOKEN },
    });
  });

  test('a manager without a server session is asked for her PIN first', () => {
    signInAs('manager', { server: false });
    renderApp(<MergeReview />);
    expect(screen.getByRole('heading', { name: '待核对的合并' })).toBeInTheDocument();
    expect(screen.getByLabelText('PIN 码')).toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });

  test('an associate is not shown the list', () => {
    signInAs('associate');
    renderApp(<MergeReview />);
    expect(screen.queryByRole('heading', { name: '待核对的合并' })).not.toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });
});
