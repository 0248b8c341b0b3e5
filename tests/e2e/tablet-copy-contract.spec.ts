import http from 'node:http';
import path from 'node:path';
import { build } from 'esbuild';
import { expect, test } from 'vitest';
import { LOCAL_STORE_CONTRACT } from '../fixtures/tablet-copy-contract';
import { freePort, openTablet } from './harness';

declare global {
  interface Window {
    runTabletCopyContract(): Promise<{ ran: number; failures: string[] }>;
  }
}

test('the Dexie TabletCopy keeps the contract on Chromium’s own IndexedDB', async () => {
  const bundle = await build({
    entryPoints: [path.join(import.meta.dirname, 'tablet-copy-contract.page.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
  });
  const script = bundle.outputFiles[0]!.text;
  // IndexedDB wants a real origin, so the page is served rather than opened from about:blank.
  const server = http.createServer((req, res) => {
    if (req.url === '/contract.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    } else {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><script type="module" src="/contract.js"></script>');
    }
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const tablet = await openTablet();
  try {
    await tablet.page.goto(`http://127.0.0.1:${port}/`);
    await tablet.page.waitForFunction(() => 'runTabletCopyContract' in window);
    const result = await tablet.page.evaluate(() => window.runTabletCopyContract());
    expect(result).toEqual({ ran: LOCAL_STORE_CONTRACT.length, failures: [] });
  } finally {
    await tablet.close();
    server.close();
  }
});
