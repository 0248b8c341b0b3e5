import { beforeEach, describe, expect, test } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { StaffId } from '../../../shared/schemas/ids.schema';
import { FloorbookDb } from '../../db/floorbook-db';
import { useSession } from '../../state/session.state';
import { useStaffSession } from '../../state/staff-session.state';
import { createSyncStatusStore } from '../../sync/sync-status';
import { TabletRuntimeProvider } from '../../tablet/tablet-context';
import { renderApp } from '../../../../tests/fixtures/render-app';
import { ENROLMENT } from '../../../../tests/fixtures/lock-fixtures';
import SettingsPage from './settings-page';

beforeEach(() => {
  useSession.getState().enrolled(ENROLMENT);
  const li = {
    id: '0190a000-0000-7000-8000-000000000002' as StaffId,
    name: '李娜',
    role: 'associate' as const,
  };
  useStaffSession.getState().signedIn(li, null, Date.now());
});

function show() {
  const db = new FloorbookDb({ name: 'settings', indexedDB: new IDBFactory(), IDBKeyRange });
  const runtime = {
    db,
    status: createSyncStatusStore(),
    commands: () => Promise.reject(new Error('no commands here')),
    startSync: () => () => undefined,
  };
  return renderApp(
    <TabletRuntimeProvider runtime={runtime}>
      <SettingsPage />
    </TabletRuntimeProvider>,
  );
}

describe('SettingsPage', () => {
  test('names who is signed in, and locks for the next person', async () => {
    const user = userEvent.setup();
    show();
    expect(screen.getByText('李娜 · 导购')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '锁屏 / 换人' }));
    expect(useStaffSession.getState().current).toBeNull();
    expect(screen.getByText('没有人登录')).toBeInTheDocument();
  });
});
