import { beforeEach, describe, expect, test } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { StaffRole } from '../../../shared/schemas/setup.schema';
import { createCommands } from '../../commands/commands';
import { useSession } from '../../state/session.state';
import { useStaffSession } from '../../state/staff-session.state';
import { createSyncStatusStore } from '../../sync/sync-status';
import { TabletRuntimeProvider } from '../../tablet/tablet-context';
import { renderApp } from '../../../../tests/fixtures/render-app';
import { ENROLMENT } from '../../../../tests/fixtures/lock-fixtures';
import { testTablet } from '../../../../tests/fixtures/test-tablet';
import TemplatesPage from './templates-page';

beforeEach(() => {
  useSession.getState().enrolled(ENROLMENT);
});

function show(role: StaffRole) {
  const tablet = testTablet(Date.now());
  useStaffSession.getState().signedIn({ id: tablet.session.staffId, name: '陈静', role }, null, Date.now());
  const commands = createCommands(tablet.deps);
  renderApp(
    <TabletRuntimeProvider
      runtime={{
        db: tablet.db,
        status: createSyncStatusStore(),
        commands: () => Promise.resolve(commands),
        startSync: () => () => undefined,
      }}
    >
      <TemplatesPage />
    </TabletRuntimeProvider>,
  );
  return tablet;
}

describe('the message templates page', () => {
  test('a manager edits the birthday wish, sees it filled in the preview, and saves it for every tablet', async () => {
    const user = userEvent.setup();
    const { db } = show('manager');
    const text = await screen.findByLabelText('生日祝福（中文）');
    await user.clear(text);
    // user-event reads `{{` as a typed `{`.
    await user.type(text, '{{address}，生日快乐！——{{store} {{associate}');
    const form = text.closest('form');
    if (!form) throw new Error('the template has no form');
    expect(within(form).getByLabelText('预览')).toHaveTextContent('张女士，生日快乐！——静安嘉里中心店 陈静');
    await user.click(within(form).getByRole('button', { name: '保存' }));
    expect(await within(form).findByRole('status')).toHaveTextContent('已保存，会同步到所有平板。');
    await waitFor(async () =>
      expect((await db.records.get(['messageTemplate', 'birthday/zh']))?.fields).toEqual({
        text: '{address}，生日快乐！——{store} {associate}',
      }),
    );
  });

  test('an associate reads the templates but cannot change them', async () => {
    show('associate');
    expect(await screen.findByLabelText('生日祝福（中文）')).toHaveAttribute('readonly');
    expect(screen.getByText('只有店长和店主可以修改消息模板。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '保存' })).not.toBeInTheDocument();
  });
});
