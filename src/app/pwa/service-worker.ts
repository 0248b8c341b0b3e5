import { useUpdate } from './update.state';
import { createUpdateController, type ContainerLike } from './update-controller';
import { watchServer } from './server-info';
import { APP_BUILD } from './app-build';
import { useStaffSession } from '../state/staff-session.state';
import { useFormGuard } from '../state/form-guard.state';

const HOURLY_MS = 60 * 60 * 1000;
const HEALTH_ANSWERED_MS = 2 * 60 * 1000;
const HEALTH_UNANSWERED_MS = 10 * 1000;
// A handover normally takes about a second; past this the banner says it did not happen.
const ACTIVATION_TIMEOUT_MS = 10 * 1000;
const ACCEPTED_KEY = 'floorbook.update-accepted';

const after = (ms: number, fn: () => void) => {
  const timer = window.setTimeout(fn, ms);
  return () => window.clearTimeout(timer);
};

/** What the update wiring needs from the browser; tests give fakes. */
export interface UpdateWiringEnv {
  container: ContainerLike;
  fetchHealth: () => Promise<unknown>;
  reload: () => void;
}

/**
 * The one module that speaks to the service worker. A new version is looked for at load, hourly,
 * when the page is shown, when the browser comes back online and when the server says it serves
 * another build; it waits until the user accepts it, or takes over by itself while the tablet sits
 * locked with nothing unsaved.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  void startUpdates({
    container: navigator.serviceWorker,
    fetchHealth: () =>
      fetch('/api/health', { cache: 'no-store' }).then((res) => (res.ok ? res.json() : null)),
    reload: () => window.location.reload(),
  });
}

/** Resolves once the worker is registered (or failed to be) and every trigger listens. */
export async function startUpdates(env: UpdateWiringEnv): Promise<void> {
  const controller = createUpdateController(
    {
      container: env.container,
      scriptUrl: '/sw.js',
      reload: env.reload,
      after,
      activationTimeoutMs: ACTIVATION_TIMEOUT_MS,
      remember: {
        get: () => sessionStorage.getItem(ACCEPTED_KEY) === '1',
        set: (accepted) =>
          accepted ? sessionStorage.setItem(ACCEPTED_KEY, '1') : sessionStorage.removeItem(ACCEPTED_KEY),
      },
    },
    (phase) => {
      useUpdate.getState().phaseChanged(phase, () => controller.apply());
      // The banner names the version waiting once the server has said which build it serves.
      if (phase === 'waiting') void server.poll();
      applyIfIdle();
    },
  );
  const applyIfIdle = () => {
    const locked = useStaffSession.getState().current === null;
    if (useUpdate.getState().phase === 'waiting' && locked && useFormGuard.getState().dirtyForms === 0)
      controller.apply();
  };
  useStaffSession.subscribe(applyIfIdle);
  useFormGuard.subscribe(applyIfIdle);

  const check = () => void controller.check();
  // A server that no longer takes this app's protocol has the newer app to give: fetch it now.
  useUpdate.subscribe((s, before) => {
    if (s.outdated && !before.outdated) check();
  });
  const server = watchServer(
    {
      fetchHealth: env.fetchHealth,
      after,
      answeredEveryMs: HEALTH_ANSWERED_MS,
      unansweredEveryMs: HEALTH_UNANSWERED_MS,
    },
    (info) => {
      useUpdate.getState().serverAnswered(info);
      if (info.app !== null && info.app.build !== APP_BUILD) check();
    },
  );
  await controller.start();
  void server.poll();
  window.setInterval(check, HOURLY_MS);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
  window.addEventListener('online', () => {
    check();
    void server.poll();
  });
}
