// Screenshots of the Recognise screen on a demo store, at both tablet sizes: the store is filled
// by `npm run demo` and reaches each tablet through sync, as in a real store.
// Run after `npm run build`: node --import tsx tests/e2e/screens-recognise.ts
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SCREENSHOTS, enrolWithPassword, openTablet, startServer } from './harness';

const SURNAMES = ['wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'zhao', 'huang', 'zhou', 'wu', 'xu', 'sun'];
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'floorbook-screens-'));
execFileSync(process.execPath, ['--import', 'tsx', 'src/server/demo/demo.main.ts'], {
  cwd: ROOT,
  env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' },
  stdio: 'inherit',
});
const server = await startServer({ DATA_DIR: dataDir });
try {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 1024, height: 768 },
  ]) {
    const tablet = await openTablet(viewport);
    try {
      const { page } = tablet;
      await enrolWithPassword(page, server.url, {
        staffName: '王丽',
        password: 'floorbook2026',
        deviceName: `平板 ${viewport.width}`,
      });
      const search = page.getByRole('searchbox', { name: '搜索会员' });
      await search.waitFor();
      // The first download from the server (the sync pill says when it is done), then the read
      // into the search index.
      await page.getByRole('status').filter({ hasText: '已同步' }).waitFor({ timeout: 60_000 });
      await page.getByText(/正在(下载|载入)会员名册/).waitFor({ state: 'detached', timeout: 60_000 });
      await page.screenshot({
        path: path.join(SCREENSHOTS, `recognise-empty-${viewport.width}x${viewport.height}.png`),
      });
      // A common surname whose first rows include a birthday this week, to show the badge.
      for (const surname of SURNAMES) {
        await search.fill(surname);
        await page.getByRole('list', { name: '搜索结果' }).waitFor();
        await page.waitForTimeout(300);
        const topRows = page.locator('.member-results > li:nth-child(-n+6)');
        if ((await topRows.filter({ hasText: '生日' }).count()) > 0) break;
      }
      await page.screenshot({
        path: path.join(SCREENSHOTS, `recognise-${viewport.width}x${viewport.height}.png`),
      });
      console.log(`recognise-${viewport.width}x${viewport.height}.png`);
    } finally {
      await tablet.close();
    }
  }
} finally {
  await server.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
