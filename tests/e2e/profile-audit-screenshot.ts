/**
 * Not a test: refreshes docs/screenshots/profile-1024x768.png and audit-1024x768.png on the demo
 * store. The owner enrols a 1024×768 tablet, finds the search hint's example member (张晓梅),
 * opens her profile directly, then switches to an associate and back by PIN, and reads the audit
 * log: the member by name, each PIN switch as one 登录 row.
 * Run after `npx vite build`: node --import tsx tests/e2e/profile-audit-screenshot.ts
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, enrolWithPassword, openTablet, startServer } from './harness';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'floorbook-profile-'));
execFileSync(process.execPath, ['--import', 'tsx', 'src/server/demo/demo.main.ts'], {
  cwd: ROOT,
  env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' },
  stdio: 'inherit',
});
const server = await startServer({ DATA_DIR: dataDir });
const tablet = await openTablet({ width: 1024, height: 768 });
try {
  const { page } = tablet;
  await enrolWithPassword(page, server.url, {
    staffName: '王丽',
    password: 'floorbook2026',
    deviceName: '收银台平板',
  });
  const search = page.getByRole('searchbox', { name: '搜索会员' });
  await search.waitFor();
  await page.getByRole('status').filter({ hasText: '已同步' }).waitFor({ timeout: 90_000 });
  await page.getByText(/正在(下载|载入)|已下载/).waitFor({ state: 'detached', timeout: 60_000 });

  // Every example in the hint finds her.
  for (const example of ['8000', '张晓梅', 'zxm', '1000 0000 0016']) {
    await search.fill(example);
    await page
      .getByRole('link', { name: /张晓梅/ })
      .first()
      .waitFor();
  }
  const href = await page
    .getByRole('link', { name: /张晓梅/ })
    .first()
    .getAttribute('href');
  if (!href) throw new Error('no link to her profile');

  // Opened directly, as from a bookmark or a reload: the avatar must keep its style.
  await page.goto(`${server.url}${href}`);
  await page.getByRole('heading', { level: 1, name: '张晓梅' }).waitFor();
  const avatar = await page
    .locator('.member-header .member-avatar')
    .evaluate((el) => getComputedStyle(el).borderRadius);
  if (avatar !== '50%') throw new Error(`the avatar lost its style: border-radius ${avatar}`);
  await page.getByRole('region', { name: '接待要点' }).waitFor();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'profile-1024x768.png') });
  console.log('profile-1024x768.png');

  // An associate takes the tablet, opens the profile and reveals her number; the owner takes it back.
  await switchTo(page, '李娜', '461825');
  await page.goto(`${server.url}${href}`);
  await page.getByRole('button', { name: '显示号码' }).click();
  await switchTo(page, '王丽', '258036');
  // The tablet's entries reach the server with a sync (one runs as the app opens): look again
  // until they are there.
  await page.goto(`${server.url}/audit`);
  // The audit log asks the server to check her PIN first.
  await page.getByLabel('PIN 码').fill('258036');
  await page.getByRole('button', { name: '确认' }).click();
  for (let tries = 0; ; tries++) {
    if (tries > 0) await page.reload();
    const revealed = page.locator('tr', { hasText: '显示手机号' }).first();
    try {
      await revealed.waitFor({ timeout: 5_000 });
      break;
    } catch (err) {
      if (tries >= 12) {
        await page.screenshot({ path: path.join(os.tmpdir(), 'audit-not-found.png') });
        throw err;
      }
    }
  }
  await page.getByRole('cell', { name: '张晓梅' }).first().waitFor();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'audit-1024x768.png') });
  console.log('audit-1024x768.png');
} finally {
  await tablet.close();
  await server.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

async function switchTo(page: Page, name: string, pin: string): Promise<void> {
  await page.getByRole('button', { name: '锁屏' }).click();
  await page.getByRole('button', { name: new RegExp(name) }).click();
  await page.keyboard.type(pin);
  await page.keyboard.press('Enter');
  await page.getByRole('navigation', { name: '主导航' }).waitFor();
}
