import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { StaffId } from '../../../shared/schemas/ids.schema';
import { AppRoutes } from '../../routes';
import { readRevocation, useRevocation } from '../../state/revoked.state';
import { useSession } from '../../state/session.state';
import { useStaffSession } from '../../state/staff-session.state';
import { tabletRevoked } from '../../tablet/tablet-revoked';
import { renderApp } from '../../../../tests/fixtures/render-app';
import { ENROLMENT } from '../../../../tests/fixtures/lock-fixtures';

// Midday UTC: the same calendar day in every time zone a test machine may have.
const AT = Date.UTC(2026, 10, 23, 12, 0);
const unregister = vi.fn(() => Promise.resolve(true));
const deleteCache = vi.fn((name: string) => Promise.resolve(name !== ''));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(AT);
  vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
  vi.stubGlobal('caches', {
    keys: () => Promise.resolve(['workbox-precache-v2', 'floorbook-assets']),
    delete: deleteCache,
  });
  Object.defineProperty(navigator, 'serviceWorker', {
    configurable: true,
    value: { getRegistrations: () => Promise.resolve([{ unregister }]) },
  });
  useSession.getState().enrolled(ENROLMENT);
  const owner = {
    id: '0190a000-0000-7000-8000-000000000001' as StaffId,
    name: '王丽',
    role: 'owner' as const,
  };
  useStaffSession.getState().signedIn(owner, { token: 'session', expiresAt: AT + 1 }, AT);
  localStorage.setItem('another-app', 'kept');
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'serviceWorker');
  useRevocation.getState().dismissed();
  localStorage.clear();
});

describe('tabletRevoked', () => {
  test('forgets local storage, caches and the service worker, signs her out, and keeps why', async () => {
    expect(localStorage.getItem('floorbook.settings.v1')).not.toBeNull();
    await tabletRevoked();
    expect(localStorage.getItem('floorbook.settings.v1')).toBeNull();
    expect(localStorage.getItem('floorbook.staff-session.v1')).toBeNull();
    expect(localStorage.getItem('another-app')).toBe('kept');
    expect(deleteCache.mock.calls.map(([name]) => name)).toEqual(['workbox-precache-v2', 'floorbook-assets']);
    expect(unregister).toHaveBeenCalledOnce();
    expect(useSession.getState().enrolment).toBeNull();
    expect(useStaffSession.getState().current).toBeNull();
    expect(readRevocation(sessionStorage)).toEqual({ at: AT, storeName: '静安嘉里中心店' });
  });
});

describe('the revoked notice', () => {
  test('says who revoked the tablet and when, before set-up; “continue” goes on to set-up', async () => {
    const user = userEvent.setup();
    await tabletRevoked();
    renderApp(<AppRoutes />, { route: '/' });
    const notice = screen.getByRole('alert');
    expect(screen.getByRole('heading', { name: '这台平板已被停用' })).toBeInTheDocument();
    expect(notice).toHaveTextContent(
      /静安嘉里中心店 在 2026年11月23日 .*停用了这台平板——平板上的数据已经删除。/,
    );
    await user.click(screen.getByRole('button', { name: '重新设置这台平板' }));
    expect(screen.queryByRole('heading', { name: '这台平板已被停用' })).not.toBeInTheDocument();
    expect(readRevocation(sessionStorage)).toBeNull();
  });

  test('reads in English too', async () => {
    await tabletRevoked();
    renderApp(<AppRoutes />, { route: '/', language: 'en' });
    expect(screen.getByRole('alert')).toHaveTextContent(
      /This tablet was revoked by 静安嘉里中心店 on November 23, 2026.* — its local data has been deleted\./,
    );
  });
});
