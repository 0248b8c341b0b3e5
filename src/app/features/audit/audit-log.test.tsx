import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { renderApp } from '../../../../tests/fixtures/render-app';
import { fakeApi, json, signInAs } from '../../../../tests/fixtures/admin-fixtures';
import { memberFields } from '../../../../tests/fixtures/factories';
import type { MemberId } from '../../../shared/schemas/ids.schema';
import { FloorbookDb } from '../../db/floorbook-db';
import { createSyncStatusStore } from '../../sync/sync-status';
import { TabletRuntimeProvider } from '../../tablet/tablet-context';
import AuditPage from './audit-page';

const HER = '0190f000-0000-7000-8000-0000000051a0' as MemberId;
let db: FloorbookDb;

/** The audit page on a tablet whose roster holds 张晓梅. */
async function showAudit() {
  const fields = memberFields({ name: '张晓梅' });
  await db.members.put({
    id: HER,
    fields,
    clocks: {},
    createdHlc: '0',
    createdAt: 0,
    pinyin: 'zhangxiaomei',
    initials: 'zxm',
    phone: fields.phone,
    phoneTail: fields.phone.slice(-4),
    cardNo: fields.cardNo,
    name: fields.name,
    lastVisitAt: 0,
  });
  const runtime = {
    db,
    status: createSyncStatusStore(),
    commands: () => Promise.reject(new Error('no commands on the audit page')),
    startSync: () => () => undefined,
  };
  renderApp(
    <TabletRuntimeProvider runtime={runtime}>
      <AuditPage />
    </TabletRuntimeProvider>,
  );
}

const line = (id: string, at: number, action: string, memberId: string | null = null) => ({
  id,
  at,
  action,
  staffName: '李娜',
  deviceName: '收银台平板',
  memberId,
  detail: null,
});

beforeEach(() => {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
  db = new FloorbookDb({ name: `audit-${Math.random()}`, indexedDB: new IDBFactory(), IDBKeyRange });
});
afterEach(() => {
  db.close();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('audit log', () => {
  test('shows the newest entries in words, then older ones on "load more"', async () => {
    const user = userEvent.setup();
    signInAs('manager');
    const calls = fakeApi((call) =>
      call.path.includes('before=')
        ? json({ lines: [line('3', Date.UTC(2026, 10, 1), 'pin.fail')], before: null })
        : json({
            lines: [
              line('1', Date.UTC(2026, 10, 3), 'phone.reveal', HER),
              line('1b', Date.UTC(2026, 10, 3), 'profile.view', '0190f000-0000-7000-8000-00000000beef'),
              {
                ...line('2', Date.UTC(2026, 10, 2), 'export'),
                detail: '{"reason":"季度回访名单","rows":120}',
              },
            ],
            before: 42,
          }),
    );
    await showAudit();
    const first = await screen.findByRole('row', { name: /显示手机号/ });
    const roster = await within(first).findByText('张晓梅');
    expect(roster).toHaveAttribute('title', HER);
    expect(within(first).getByText('李娜')).toBeInTheDocument();
    expect(within(first).getByText('收银台平板')).toBeInTheDocument();
    // Not on this tablet: her short id.
    expect(within(screen.getByRole('row', { name: /查看会员资料/ })).getByText('…0000beef')).toHaveAttribute(
      'title',
      '0190f000-0000-7000-8000-00000000beef',
    );
    expect(screen.queryByText('…000051a0')).not.toBeInTheDocument();
    expect(screen.getAllByRole('row')).toHaveLength(4);
    expect(
      within(screen.getByRole('row', { name: /导出会员资料/ })).getByText('原因：季度回访名单 · 120 位会员'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '加载更多' }));
    expect(await screen.findByRole('row', { name: /PIN 码输错/ })).toBeInTheDocument();
    expect(calls.at(-1)?.path).toBe('/api/audit?limit=50&before=42');
    expect(screen.getByText('已经是最早的记录。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '加载更多' })).not.toBeInTheDocument();
  });

  test('shows a PIN switch as one 登录 row, though the tablet and the server both logged it', async () => {
    signInAs('manager');
    fakeApi(() =>
      json({
        lines: [
          { ...line('s', Date.UTC(2026, 10, 3, 2, 0, 1), 'sign-in'), detail: '{"via":"pin"}' },
          line('t', Date.UTC(2026, 10, 3, 2), 'sign-in'),
        ],
        before: null,
      }),
    );
    await showAudit();
    expect(await screen.findAllByRole('row', { name: /登录/ })).toHaveLength(1);
  });

  test('says so when nothing is recorded yet', async () => {
    signInAs('owner');
    fakeApi(() => json({ lines: [], before: null }));
    await showAudit();
    expect(await screen.findByText('还没有记录。')).toBeInTheDocument();
  });
});
