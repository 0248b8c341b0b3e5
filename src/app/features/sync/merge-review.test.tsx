import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { StoreId } from '../../../shared/schemas/ids.schema';
import { renderApp } from '../../../../tests/fixtures/render-app';
import { newDeviceId, newStaffId } from '../../../../tests/sync/fixtures/members';
import { useSession } from '../../state/session.store';
import type { StaffRole } from '../../../shared/schemas/setup.schema';
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

function signIn(role: StaffRole) {
  useSession.getState().enrolled({
    store: { id: '0190a000-0000-7000-8000-0000000000a1' as StoreId, name: '静安嘉里中心店' },
    device: { id: newDeviceId(), token: 'token-token-token-token' },
    staff: { id: newStaffId(), name: '陈店长', role },
  });
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('merges to review', () => {
  let reviewed = false;
  beforeEach(() => {
    reviewed = false;
    vi.stubGlobal(
      'fetch',
      vi.fn((url: string, init?: RequestInit) => {
        if (init?.method === 'POST') {
          reviewed = true;
          return Promise.resolve(new Response(null, { status: 204 }));
        }
        return Promise.resolve(json({ merges: reviewed ? [] : [merge] }));
      }),
    );
  });
  afterEach(() => vi.unstubAllGlobals());

  test('a manager sees the merged duplicate and confirms it was one person', async () => {
    const user = userEvent.setup();
    signIn('manager');
    renderApp(<MergeReview />);
    expect(await screen.findByText(/张晓梅（138\*\*\*\*8000，卡号 100000000001）/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '查看会员' })).toHaveAttribute(
      'href',
      `/members/${merge.survivor.id}`,
    );
    await user.click(screen.getByRole('button', { name: '确认是同一人' }));
    expect(await screen.findByText('没有待核对的合并。')).toBeInTheDocument();
  });

  test('an associate is not shown the list', () => {
    signIn('associate');
    renderApp(<MergeReview />);
    expect(screen.queryByRole('heading', { name: '待核对的合并' })).not.toBeInTheDocument();
  });
});
