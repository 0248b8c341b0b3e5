/**
 * Forget everything the browser keeps for this app besides IndexedDB (the sync engine has wiped
 * that already): this app's local storage at once, then Cache Storage and the service worker, so
 * a revoked tablet keeps neither the roster nor a copy of the app (decision 0008).
 */
export function forgetTablet(): Promise<void> {
  const ours: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key?.startsWith('floorbook.')) ours.push(key);
  }
  for (const key of ours) localStorage.removeItem(key);
  const caches = 'caches' in window ? window.caches : null;
  const dropCaches = caches
    ? caches.keys().then((names) => Promise.all(names.map((n) => caches.delete(n))))
    : Promise.resolve();
  const dropWorker =
    'serviceWorker' in navigator
      ? navigator.serviceWorker.getRegistrations().then((all) => Promise.all(all.map((r) => r.unregister())))
      : Promise.resolve();
  return Promise.all([dropCaches.catch(() => undefined), dropWorker.catch(() => undefined)]).then(
    () => undefined,
  );
}
