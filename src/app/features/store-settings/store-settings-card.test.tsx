import { beforeEach, describe, expect, test } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { StaffRole } from '../../../shared/schemas/setup.schema';
import { useSession } from '../../state/session.state';
import { ENROLMENT } from '../../../../tests/fixtures/lock-fixtures';
import { renderOnTestTablet } from '../../../../tests/fixtures/tablet-screen';
import { StoreSettingsCard } from './store-settings-card';

beforeEach(() => {
  useSession.getState().enrolled(ENROLMENT);
});

function show(role: StaffRole) {
  return renderOnTestTablet(<StoreSettingsCard storeId={ENROLMENT.store.id} />, { role });
}

describe('the store settings card', () => {
  test('a manager changes the follow-up days: saved on the tablet and queued for the server', async () => {
    const user = userEvent.setup();
    const { db } = show('manager');
    const days = await screen.findByLabelText('购买后几天内回访');
    expect(days).toHaveValue('7');
    await user.clear(days);
    await user.type(days, '14');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByRole('status')).toHaveTextContent('已保存');
    await waitFor(async () =>
      expect((await db.settings.get(ENROLMENT.store.id))?.fields.rules.followUpDays).toBe(14),
    );
    const [queued] = await db.outbox.toArray();
    expect(queued?.mutation).toMatchObject({ kind: 'settings.update', entityId: ENROLMENT.store.id });
  });

  test('a day count out of bounds is refused beside its field, and nothing is queued', async () => {
    const user = userEvent.setup();
    const { db } = show('owner');
    const days = await screen.findByLabelText('购买后几天内回访');
    await user.clear(days);
    await user.type(days, '0');
    await user.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(days).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByText('超出允许的范围')).toBeInTheDocument();
    expect(await db.outbox.count()).toBe(0);
  });

  test('an associate does not see it', () => {
    show('associate');
    expect(screen.queryByRole('form', { name: '门店规则' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('时区')).not.toBeInTheDocument();
  });
});
