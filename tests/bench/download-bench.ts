import type { Page } from 'playwright-core';
import type { Enrolment } from '../../src/shared/schemas/setup.schema';
import { enrolByStorage, openTablet } from '../e2e/harness';
import { measure, type Row } from './browser-bench';

type Store = 'members' | 'events' | 'rosterKeys';

/** Count a store's rows, or say whether it holds a key, with the bare IndexedDB API; null before the store exists. */
function askIndexedDb(
  page: Page,
  store: Store,
  request: { kind: 'count' } | { kind: 'has'; key: string },
): Promise<number | boolean | null> {
  return page.evaluate(
    ({ name, request }) =>
      new Promise<number | boolean | null>((resolve) => {
        const open = indexedDB.open('floorbook');
        open.onerror = () => resolve(null);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            resolve(null);
            return;
          }
          const os = db.transaction(name).objectStore(name);
          const req = request.kind === 'count' ? os.count() : os.getKey(request.key);
          req.onsuccess = () => {
            db.close();
            resolve(request.kind === 'count' ? (req.result as number) : req.result !== undefined);
          };
          req.onerror = () => {
            db.close();
            resolve(null);
          };
        };
      }),
    { name: store, request },
  );
}

/** How many rows the tablet's IndexedDB holds in a store. */
export async function countRows(page: Page, store: Store): Promise<number> {
  const n = await askIndexedDb(page, store, { kind: 'count' });
  return typeof n === 'number' ? n : 0;
}

async function pollUntil(ready: () => Promise<boolean>, what: string, started: number): Promise<number> {
  for (;;) {
    if (await ready()) return performance.now() - started;
    if (performance.now() - started > 300_000) throw new Error(`${what} never happened`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function waitForCount(page: Page, store: Store, expected: number, started: number) {
  return pollUntil(
    async () => (await countRows(page, store)) >= expected,
    `${store} reaching ${expected}`,
    started,
  );
}

/**
 * Time until the row the server numbered last is stored. Pages are stored in order, each with
 * its cursor, so every row before it is there too; the count is checked afterwards, untimed.
 * (Counting 50,000 rows ten times a second would itself slow the download being timed.)
 */
export async function waitForLastRow(
  page: Page,
  store: Store,
  lastKey: string,
  expected: number,
  started: number,
) {
  const ms = await pollUntil(
    async () => (await askIndexedDb(page, store, { kind: 'has', key: lastKey })) === true,
    `${store} ${lastKey} stored`,
    started,
  );
  const count = await countRows(page, store);
  if (count !== expected) throw new Error(`${store}: ${count} rows stored, ${expected} expected`);
  return ms;
}

/**
 * The real app in Chromium, enrolled, downloading the store from the real server: time until
 * every member is in IndexedDB (the floor can search), and until every event is too.
 */
export async function floorbookDownload(
  url: string,
  enrolment: Enrolment,
  members: { count: number; lastId: string },
  events: { count: number; lastId: string },
): Promise<Row[]> {
  const tablet = await openTablet();
  try {
    const { page } = tablet;
    // A tablet is enrolled on the app's own screen, so the app (and its service worker, which
    // caches every asset) is installed before the first download starts.
    await page.goto(url);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await enrolByStorage(page, enrolment);
    let membersMs = 0;
    const r = await measure(page, async () => {
      const started = performance.now();
      await page.goto(url);
      membersMs = await waitForLastRow(page, 'members', members.lastId, members.count, started);
      return waitForLastRow(page, 'events', events.lastId, events.count, started);
    });
    return [
      {
        scenario: 'Floorbook first download: members ready',
        seconds: membersMs / 1000,
        megabytes: null,
        note: `${members.count} members stored; the search takes them within a second`,
      },
      {
        scenario: 'Floorbook first download: members + events',
        seconds: r.value / 1000,
        megabytes: r.bytes / 1e6,
        note: `${members.count} members and ${events.count} events; bytes include the app shell`,
      },
    ];
  } finally {
    await tablet.close();
  }
}
