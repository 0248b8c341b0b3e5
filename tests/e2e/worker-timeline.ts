import fs from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';

/**
 * What the tablet's service workers went through, as the browser itself saw it (each version's
 * life cycle and whether it runs, from the DevTools ServiceWorker domain) and as the page saw it
 * (controller changes, worker state changes), with the test's own steps between, and the page's
 * requests still open. Given in a failure's message: when a new version does not take over, it
 * shows which worker held it back and what was in flight (issue #17).
 */
export interface WorkerTimeline {
  mark(step: string): void;
  /** The lines so far, then the requests open now. */
  text(): string;
  /** When FLOORBOOK_E2E_TIMELINES names a folder, the timeline is kept there as `name`.log. */
  keep(name: string): void;
}

interface WorkerVersion {
  versionId: string;
  status: string;
  runningStatus: string;
  controlledClients?: string[];
}

export async function recordWorkerTimeline(context: BrowserContext, page: Page): Promise<WorkerTimeline> {
  const started = Date.now();
  const lines: string[] = [];
  const log = (line: string) => lines.push(`${((Date.now() - started) / 1000).toFixed(2)} s ${line}`);

  const seen = new Map<string, string>();
  const cdp = await context.newCDPSession(page);
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: WorkerVersion[] }) => {
    for (const v of versions) {
      const state = `${v.status}, ${v.runningStatus}, controls ${v.controlledClients?.length ?? 0}`;
      if (seen.get(v.versionId) === state) continue;
      seen.set(v.versionId, state);
      log(`worker ${v.versionId}: ${state}`);
    }
  });
  cdp.on(
    'ServiceWorker.workerErrorReported',
    ({ errorMessage }: { errorMessage: { errorMessage: string } }) =>
      log(`worker error: ${errorMessage.errorMessage}`),
  );
  await cdp.send('ServiceWorker.enable');

  await context.addInitScript(() => {
    const container = navigator.serviceWorker;
    const say = (what: string) => console.log(`[timeline] ${what}`);
    say(`page loaded, controlled by a worker ${container.controller?.state ?? 'none'}`);
    container.addEventListener('controllerchange', () => say('controllerchange'));
    const register = container.register.bind(container);
    container.register = (...args: Parameters<typeof register>) => {
      say('register called');
      const p = register(...args);
      p.then(
        () => say('register resolved'),
        (e: unknown) => say(`register rejected ${String(e)}`),
      );
      return p;
    };
    void container.getRegistration().then((reg) => {
      const watch = (worker: ServiceWorker | null | undefined) =>
        worker?.addEventListener('statechange', () => say(`the page sees a new worker ${worker.state}`));
      watch(reg?.installing);
      watch(reg?.waiting);
      reg?.addEventListener('updatefound', () => watch(reg.installing));
    });
  });
  context.on('console', (m) => {
    if (m.text().startsWith('[timeline] ')) log(m.text().slice(11));
  });

  const open = new Map<object, string>();
  page.on('request', (r) => open.set(r, `${r.method()} ${new URL(r.url()).pathname}`));
  page.on('requestfinished', (r) => open.delete(r));
  page.on('requestfailed', (r) => open.delete(r));

  const text = () => [...lines, `requests open: ${[...open.values()].join(', ') || 'none'}`].join('\n');
  return {
    mark: (step) => log(`— ${step}`),
    text,
    keep: (name) => {
      const folder = process.env.FLOORBOOK_E2E_TIMELINES;
      if (folder) fs.writeFileSync(`${folder}/${name}.log`, text());
    },
  };
}
