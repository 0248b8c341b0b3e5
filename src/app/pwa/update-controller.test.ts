import { describe, expect, test, vi } from 'vitest';
import { createUpdateController, type UpdatePhase } from './update-controller';
import { FakeContainer, FakeRegistration, FakeWorker } from '../../../tests/fixtures/fake-service-worker';

function setUp(registration = new FakeRegistration(), remembered = false) {
  const container = new FakeContainer(registration);
  const timers: { ms: number; fn: () => void; cancelled: boolean }[] = [];
  const phases: UpdatePhase[] = [];
  let accepted = remembered;
  const reload = vi.fn();
  const controller = createUpdateController(
    {
      container,
      scriptUrl: '/sw.js',
      reload,
      after: (ms, fn) => {
        const timer = { ms, fn, cancelled: false };
        timers.push(timer);
        return () => (timer.cancelled = true);
      },
      activationTimeoutMs: 10_000,
      remember: { get: () => accepted, set: (a) => (accepted = a) },
    },
    (phase) => phases.push(phase),
  );
  const elapse = (ms: number) => {
    for (const t of timers.splice(0)) if (!t.cancelled && t.ms <= ms) t.fn();
  };
  return { container, registration, controller, phases, reload, elapse, accepted: () => accepted };
}

describe('createUpdateController', () => {
  test('finds a version waiting at start; accepted, it takes over and the page reloads once', async () => {
    const registration = new FakeRegistration();
    registration.waiting = new FakeWorker('installed');
    const { container, controller, phases, reload } = setUp(registration);
    await controller.start();
    expect(phases).toEqual(['waiting']);
    const worker = registration.waiting;
    controller.apply();
    expect(worker.messages).toEqual([{ type: 'SKIP_WAITING' }]);
    expect(phases.at(-1)).toBe('activating');
    container.handOver();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  test('finds a version a later check installs', async () => {
    const { registration, controller, phases } = setUp();
    await controller.start();
    expect(phases).toEqual([]);
    registration.offered = new FakeWorker('installing');
    await controller.check();
    expect(registration.update).toHaveBeenCalledTimes(1);
    expect(phases).toEqual(['waiting']);
  });

  test('registration failed offline: no error, and the next check registers and finds the version', async () => {
    const { container, registration, controller, phases } = setUp();
    container.register.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await controller.start();
    expect(phases).toEqual([]);
    registration.waiting = new FakeWorker('installed');
    await controller.check();
    expect(container.register).toHaveBeenCalledTimes(2);
    expect(phases).toEqual(['waiting']);
  });

  test('says it is stuck when activation does not come, and a retry asks the worker again', async () => {
    const registration = new FakeRegistration();
    const worker = new FakeWorker('installed');
    registration.waiting = worker;
    const { container, controller, phases, reload, elapse } = setUp(registration);
    await controller.start();
    controller.apply();
    elapse(10_000);
    expect(phases.at(-1)).toBe('stuck');
    expect(reload).not.toHaveBeenCalled();
    controller.apply();
    expect(worker.messages).toHaveLength(2);
    expect(phases.at(-1)).toBe('activating');
    // The second request is heard: the version takes over and the page reloads, once.
    container.handOver();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  test('a handover that comes after the stuck notice still reloads the page by itself', async () => {
    const registration = new FakeRegistration();
    registration.waiting = new FakeWorker('installed');
    const { container, controller, phases, reload, elapse } = setUp(registration);
    await controller.start();
    controller.apply();
    elapse(10_000);
    expect(phases.at(-1)).toBe('stuck');
    container.handOver();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  test('a retry when the version took over meanwhile (no worker waits any more) reloads', async () => {
    const registration = new FakeRegistration();
    registration.waiting = new FakeWorker('installed');
    const { controller, phases, reload, elapse } = setUp(registration);
    await controller.start();
    controller.apply();
    elapse(10_000);
    expect(phases.at(-1)).toBe('stuck');
    registration.active = registration.waiting;
    registration.waiting = null;
    controller.apply();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  test('reloads when the version activated but never claimed this page', async () => {
    const registration = new FakeRegistration();
    const worker = new FakeWorker('installed');
    registration.waiting = worker;
    const { controller, reload, elapse } = setUp(registration);
    await controller.start();
    controller.apply();
    worker.becomes('activated');
    elapse(1_000);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  test('an update accepted before a reload is applied at once after it, then forgotten', async () => {
    const registration = new FakeRegistration();
    const worker = new FakeWorker('installed');
    registration.waiting = worker;
    const reopened = setUp(registration, true);
    await reopened.controller.start();
    expect(worker.messages).toEqual([{ type: 'SKIP_WAITING' }]);
    expect(reopened.phases).toEqual(['activating']);
    reopened.container.handOver();
    const updated = setUp(registration, true);
    await updated.controller.start();
    expect(updated.accepted()).toBe(false);
  });

  test('a version accepted in another tab is offered as a plain reload here', async () => {
    const registration = new FakeRegistration();
    registration.waiting = new FakeWorker('installed');
    const { container, controller, phases, reload } = setUp(registration);
    await controller.start();
    container.handOver();
    expect(phases.at(-1)).toBe('took-over');
    expect(reload).not.toHaveBeenCalled();
    controller.apply();
    expect(reload).toHaveBeenCalledTimes(1);
  });
  test('a first install is not offered as an update, and nothing reloads', async () => {
    const registration = new FakeRegistration();
    registration.active = null;
    const { controller, phases, reload } = setUp(registration);
    await controller.start();
    const first = new FakeWorker('installing');
    registration.installing = first;
    registration.dispatchEvent(new Event('updatefound'));
    registration.installing = null;
    registration.waiting = first;
    first.becomes('installed');
    await controller.check();
    expect(phases).toEqual([]);
    expect(reload).not.toHaveBeenCalled();
  });
});
