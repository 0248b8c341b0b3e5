import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { FakeContainer, FakeRegistration, FakeWorker } from '../../../tests/fixtures/fake-service-worker';
import type { StaffId } from '../../shared/schemas/ids.schema';

const SKIP_WAITING = { type: 'SKIP_WAITING' };
const NEWER = { version: '0.2.0', protocol: 2, app: { version: '0.2.0', build: '0.2.0+newer' } };

// The wiring subscribes to the app's stores for the page's life: each test takes fresh ones.
async function start(options: {
  waiting?: boolean;
  signedIn: boolean;
  health?: unknown;
  /** The server has a newer worker to give at the next check. */
  offered?: boolean;
}) {
  vi.resetModules();
  const { startUpdates } = await import('./service-worker');
  const { useStaffSession } = await import('../state/staff-session.state');
  const { useFormGuard } = await import('../state/form-guard.state');
  const { useUpdate } = await import('./update.state');
  if (options.signedIn)
    useStaffSession
      .getState()
      .signedIn({ id: 'staff-1' as StaffId, name: '王丽', role: 'associate' }, null, Date.now());
  else useStaffSession.getState().locked();
  const registration = new FakeRegistration();
  const worker = new FakeWorker('installed');
  if (options.waiting) registration.waiting = worker;
  if (options.offered) registration.offered = new FakeWorker('installing');
  const container = new FakeContainer(registration);
  const fetchHealth = vi.fn(() => Promise.resolve(options.health ?? null));
  const reload = vi.fn();
  await startUpdates({ container, fetchHealth, reload });
  return { registration, worker, fetchHealth, useStaffSession, useFormGuard, useUpdate };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval'] });
});
afterEach(() => {
  vi.useRealTimers();
  sessionStorage.clear();
  localStorage.clear();
});

describe('startUpdates', () => {
  test('a version waiting while the tablet is locked with nothing unsaved is applied by itself', async () => {
    const { worker } = await start({ waiting: true, signedIn: false });
    expect(worker.messages).toEqual([SKIP_WAITING]);
  });

  test('while someone works it waits for her; locked with a form still holding input, it still waits', async () => {
    const { worker, useStaffSession, useFormGuard, useUpdate } = await start({
      waiting: true,
      signedIn: true,
    });
    expect(useUpdate.getState().phase).toBe('waiting');
    expect(worker.messages).toEqual([]);
    useFormGuard.getState().formDirty();
    useStaffSession.getState().locked();
    expect(worker.messages).toEqual([]);
    useFormGuard.getState().formClean();
    expect(worker.messages).toEqual([SKIP_WAITING]);
  });

  test('a server serving another build makes the tablet fetch it, and the banner can name it', async () => {
    const { registration, useUpdate } = await start({ signedIn: true, health: NEWER, offered: true });
    await vi.waitFor(() => expect(useUpdate.getState().phase).toBe('waiting'));
    expect(registration.update).toHaveBeenCalled();
    expect(useUpdate.getState().server?.app?.version).toBe('0.2.0');
  });

  test('coming back online makes the tablet look for a new version and ask the server at once', async () => {
    const { registration, fetchHealth } = await start({ signedIn: true });
    await vi.waitFor(() => expect(fetchHealth).toHaveBeenCalledTimes(1));
    window.dispatchEvent(new Event('online'));
    expect(registration.update).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(fetchHealth).toHaveBeenCalledTimes(2));
  });
});
