import type { Page } from 'playwright-core';
import type { Enrolment } from '../../src/shared/schemas/setup.schema';
import { enrolByStorage, openTablet } from '../e2e/harness';
import { measure, type Row } from './browser-bench';

/** How many rows the tablet's IndexedDB holds in a store, read with the bare IndexedDB API. */
export async function countRows(page: Page, store: 'members' | 'events' | 'rosterKeys'): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('floorbook');
        open.onerror = () => resolve(0);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            resolve(0);
            return;
          }
          const req = db.transaction(name).objectStore(name).count();
          req.onsuccess = () => {
            db.close();
            resolve(req.result);
          };
          req.onerror = () => {
            db.close();
            resolve(0);
          };
        };
      }),
    store,
  );
}

export async function waitForCount(
  page: Page,
  store: 'members' | 'events' | 'rosterKeys',
  expected: number,
  started: number,
) {
  for (;;) {
    if ((await countRows(page, store)) >= expected) return performance.now() - started;
    if (performance.now() - started > 300_000) throw new Error(`${store} never reached ${expected}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * The real app in Chromium, enrolled, downloading the store from the real server: time until
 * every member is in IndexedDB (the floor can search), and until every event is too.
 */
export async function floorbookDownload(
  url: string,
  enrolment: Enrolment,
  members: number,
  events: number,
): Promise<Row[]> {
  const tablet = await openTablet();
  try {
    const { page } = tablet;
    await page.goto(`${url}/robots.txt`);
    await enrolByStorage(page, enrolment);
    let membersMs = 0;
    const r = await measure(page, async () => {
      const started = performance.now();
      await page.goto(url);
      membersMs = await waitForCount(page, 'members', members, started);
      return waitForCount(page, 'events', events, started);
    });
    return [
      {
        scenario: 'Floorbook first download: members ready',
        seconds: membersMs / 1000,
        megabytes: null,
        note: `${members} members searchable on the tablet`,
      },
      {
        scenario: 'Floorbook first download: members + events',
        seconds: r.value / 1000,
        megabytes: r.bytes / 1e6,
        note: `${members} members and ${events} events; bytes include the app shell`,
      },
    ];
  } finally {
    await tablet.close();
  }
}
