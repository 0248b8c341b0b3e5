import { beforeEach, describe, expect, test } from 'vitest';
import { screen, within } from '@testing-library/react';
import { createCommands } from '../../commands/commands';
import { useSession } from '../../state/session.state';
import { ENROLMENT } from '../../../../tests/fixtures/lock-fixtures';
import { renderOnTestTablet } from '../../../../tests/fixtures/tablet-screen';
import { testTablet } from '../../../../tests/fixtures/test-tablet';
import { signUpFields } from '../../../../tests/sync/fixtures/members';
import { TodayTasks } from './today-tasks';

beforeEach(() => {
  useSession.getState().enrolled(ENROLMENT);
});

/** Tomorrow in Shanghai, as a solar month and day. */
function tomorrowInShanghai() {
  const day = new Date(Date.now() + 8 * 3_600_000 + 86_400_000);
  return { month: day.getUTCMonth() + 1, day: day.getUTCDate() };
}

const anniversaryTomorrow = () => ({
  off: [],
  own: [
    {
      id: 'own-anniv',
      name: { zh: '店庆', en: 'Anniversary' },
      calendar: 'solar' as const,
      ...tomorrowInShanghai(),
    },
  ],
});

/** A tablet whose one member, hers, takes marketing messages; the store's settings as given. */
async function tabletWith(settings: Parameters<ReturnType<typeof createCommands>['saveStoreSettings']>[1]) {
  const tablet = testTablet(Date.now());
  const commands = createCommands(tablet.deps);
  const fields = signUpFields(tablet.deps, { ownerStaffId: tablet.session.staffId });
  const signed = await commands.signUpMember({
    fields: { ...fields, birthday: null, consent: { ...fields.consent, marketing: true } },
  });
  if (!signed.ok) throw new Error('sign-up failed');
  await commands.saveStoreSettings(ENROLMENT.store.id, settings);
  return { tablet, commands, memberId: signed.value.memberId };
}

describe('today’s tasks follow the store’s task settings', () => {
  test('a holiday of the store’s own in the settings makes her greeting', async () => {
    const { tablet } = await tabletWith({
      holidays: anniversaryTomorrow(),
    });
    renderOnTestTablet(<TodayTasks staffId={tablet.session.staffId} />, { tablet });
    const card = await screen.findByRole('article', { name: '张晓梅' });
    expect(within(card).getByText('节日问候')).toBeInTheDocument();
    // Why she is greeted, and the greeting's text, both name it.
    expect(within(card).getAllByText(/店庆/).length).toBeGreaterThan(0);
  });

  test('the weekly contact cap in the settings is the one she is warned at', async () => {
    const { tablet, commands, memberId } = await tabletWith({
      taskTiming: { holidayDaysAhead: 2, birthdayDaysAhead: 3, weeklyContactCap: 1 },
      holidays: anniversaryTomorrow(),
    });
    await commands.logContact(memberId, { channel: 'phone', purpose: 'other' });
    renderOnTestTablet(<TodayTasks staffId={tablet.session.staffId} />, { tablet });
    const card = await screen.findByRole('article', { name: '张晓梅' });
    expect(within(card).getByText(/本周已联系她 1 次（上限 1 次）/)).toBeInTheDocument();
  });
});
