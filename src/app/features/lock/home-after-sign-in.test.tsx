import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useStaffSession } from '../../state/staff-session.state';
import type { TabletRuntime } from '../../tablet/tablet-runtime';
import {
  RIGHT_PIN,
  lockedTablet,
  showShell,
  staffCards,
  withRoster,
} from '../../../../tests/fixtures/lock-fixtures';

let runtime: TabletRuntime;

beforeEach(async () => {
  vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
  useStaffSession.getState().locked();
  runtime = lockedTablet();
  // 李娜 gets the same PIN as the others, so an associate can sign in too.
  const staff = await staffCards();
  const pin = staff[0]?.pin ?? null;
  await withRoster(
    runtime,
    staff.map((s) => ({ ...s, pin })),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
  runtime.db.close();
});

async function signIn(name: string) {
  await userEvent.click(await screen.findByRole('button', { name: new RegExp(name) }));
  await userEvent.keyboard(`${RIGHT_PIN}{Enter}`);
  await screen.findByText(new RegExp(`^${name} · `));
}

const counter = () => screen.queryByRole('heading', { name: '今日看板' });

describe('where a PIN sign-in lands', () => {
  test.each([
    ['陈静', '店长'],
    ['王丽', '店主'],
  ])('%s (%s) signing in on the home screen lands on the counter', async (name) => {
    showShell(runtime, '/');
    await signIn(name);
    expect(await screen.findByRole('heading', { name: '今日看板' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: '备注' })).not.toBeInTheDocument();
  });

  test('an associate signing in on the home screen stays on it, to find members', async () => {
    showShell(runtime, '/');
    await signIn('李娜');
    expect(screen.getByRole('textbox', { name: '备注' })).toBeInTheDocument();
    expect(counter()).not.toBeInTheDocument();
  });

  test('a manager signing in where a job was left open stays on that job', async () => {
    showShell(runtime, '/members/0190a000-0000-7000-8000-0000000000aa');
    await signIn('陈静');
    expect(screen.getByRole('heading', { name: '会员资料' })).toBeInTheDocument();
    expect(counter()).not.toBeInTheDocument();
  });
});
