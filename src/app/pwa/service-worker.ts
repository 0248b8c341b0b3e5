import { Workbox } from 'workbox-window';
import { useUpdate } from './update.store';

const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * The one module that speaks to the service worker. A new version waits until the user
 * accepts it; only then does it take over and the page reload.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const wb = new Workbox('/sw.js', { scope: '/' });
  wb.addEventListener('waiting', () => {
    useUpdate.getState().updateWaiting(() => {
      wb.addEventListener('controlling', () => window.location.reload());
      wb.messageSkipWaiting();
    });
  });
  void wb.register().then(() => {
    const check = () => void wb.update().catch(() => undefined);
    setInterval(check, UPDATE_CHECK_MS);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') check();
    });
  });
}
