import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_STORE } from '../../src/server/demo/demo-store';
import {
  SCREENSHOTS,
  enrolWithPassword,
  openTablet,
  startServer,
  waitForServiceWorker,
  type RunningServer,
  type Tablet,
} from './harness';
import { demoDataDir } from './demo-data';

// The demo store's associate 李娜 (README).
const ASSOCIATE_PIN = '461825';
const MEMBERS = 20;

async function enterPin(page: Page, pin: string) {
  await page.keyboard.type(pin);
  await page.keyboard.press('Enter');
}

/** What a wiped tablet still holds: the app's database rows, its settings, caches, service workers. */
function leftovers(page: Page) {
  return page.evaluate(async () => {
    const dbs = await indexedDB.databases();
    let members = 0;
    if (dbs.some((d) => d.name === 'floorbook')) {
      members = await new Promise<number>((resolve) => {
        const open = indexedDB.open('floorbook');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('members')) return resolve(0);
          const count = db.transaction('members').objectStore('members').count();
          count.onsuccess = () => resolve(count.result);
        };
        open.onerror = () => resolve(-1);
      });
    }
    return {
      members,
      settings: Object.keys(localStorage).filter((k) => k.startsWith('floorbook.')),
      caches: (await caches.keys()).length,
      workers: (await navigator.serviceWorker.getRegistrations()).length,
    };
  });
}

/**
 * A store's shared tablets: the owner enrols a second tablet with a one-time code, an associate
 * signs in on it by PIN with no network, it locks itself when left idle, and once the owner
 * revokes it, it wipes itself at its next contact and says why.
 */
describe('a shared tablet, enrolled, locked and revoked', () => {
  let server: RunningServer;
  let owner: Tablet;
  let floor: Tablet;
  let code = '';

  beforeAll(async () => {
    const { dataDir } = await demoDataDir('floorbook-shared-', { members: MEMBERS, seed: 3 });
    server = await startServer({ DATA_DIR: dataDir });
    owner = await openTablet();
    floor = await openTablet({ width: 1024, height: 768 });
    // The floor tablet's clock is Playwright's, so idleness can be fast-forwarded.
    await floor.page.clock.install();
  });
  afterAll(async () => {
    await owner.close();
    await floor.close();
    await server.stop();
  });

  test('the owner, signed in on her tablet, adds a colleague and makes an enrol code', async () => {
    const { page } = owner;
    await enrolWithPassword(page, server.url, {
      staffName: DEMO_STORE.owner,
      password: DEMO_STORE.password,
      deviceName: '收银台平板',
    });
    await page.getByRole('navigation', { name: '主导航' }).waitFor();

    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '员工' }).click();
    await page.getByRole('heading', { name: '员工与平板' }).waitFor();
    await page.getByRole('button', { name: '添加员工' }).click();
    await page.getByLabel('姓名').fill('林晓');
    await page.getByLabel('首次 PIN 码').fill(ASSOCIATE_PIN);
    await page.getByLabel('再输一次').fill(ASSOCIATE_PIN);
    await page.getByRole('button', { name: '添加员工' }).click();
    await page.getByText('已添加 林晓。').waitFor();

    await page.getByRole('button', { name: '生成绑定码' }).click();
    const shown = page.locator('.enrol-code-text');
    await shown.waitFor();
    code = (await shown.textContent())?.trim() ?? '';
    expect(code).toMatch(/^[0-9A-Z]{8}$/);
    await page.getByRole('button', { name: '关闭' }).click();
    await page.getByRole('heading', { name: '员工与平板' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'staff-1280x800.png') });

    // She opened the store, so she is head office: the chain's stores, as figures only.
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '门店' }).click();
    await page.getByRole('heading', { name: '各门店' }).waitFor();
    await page.getByRole('table').getByText('静安嘉里中心店').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'stores-1280x800.png') });
  });

  test('the floor tablet enrols with the code and an associate signs in by PIN with no network', async () => {
    const { page, context } = floor;
    await page.goto(server.url);
    await page.getByRole('tab', { name: '用绑定码' }).click();
    await page.getByRole('textbox', { name: '绑定码' }).fill(code.toLowerCase());
    await page.getByLabel('这台平板的名称').fill('试衣间平板');
    await page.getByRole('button', { name: '绑定平板' }).click();
    // Nobody is signed in after an enrolment by code: the lock screen lists the store's staff.
    await page.getByRole('heading', { name: '谁在使用这台平板？' }).waitFor();
    await page.getByRole('button', { name: /林晓/ }).waitFor({ timeout: 30_000 });
    await waitForServiceWorker(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'lock-1024x768.png') });

    await context.setOffline(true);
    await page.getByRole('button', { name: /李娜/ }).click();
    await enterPin(page, '111111');
    await page.getByRole('alert').filter({ hasText: 'PIN 码不正确' }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'pin-1024x768.png') });
    await enterPin(page, ASSOCIATE_PIN);
    await page.getByText('李娜 · 导购').waitFor();
    // An associate's rail has no manager jobs.
    const rail = page.getByRole('navigation', { name: '主导航' });
    expect(await rail.getByRole('link', { name: '员工' }).count()).toBe(0);
    expect(await rail.getByRole('link', { name: '找会员' }).count()).toBe(1);
  });

  test('left idle for three minutes, the tablet locks itself; her PIN opens it again, still offline', async () => {
    const { page } = floor;
    await page.clock.fastForward('03:10');
    await page.getByRole('heading', { name: '谁在使用这台平板？' }).waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: /李娜/ }).click();
    await enterPin(page, ASSOCIATE_PIN);
    await page.getByText('李娜 · 导购').waitFor();
  });

  test('revoked by the owner, the tablet wipes itself at its next contact and says why', async () => {
    expect((await leftovers(floor.page)).members).toBe(MEMBERS);
    const { page } = owner;
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '员工' }).click();
    const row = page.getByRole('listitem', { name: '试衣间平板' });
    await row.getByRole('button', { name: '停用' }).click();
    await page.getByRole('button', { name: '确认停用' }).click();
    await page.getByText('“试衣间平板”已停用。').waitFor();

    await floor.context.setOffline(false);
    await floor.page.getByRole('heading', { name: '这台平板已被停用' }).waitFor({ timeout: 60_000 });
    await floor.page.screenshot({ path: path.join(SCREENSHOTS, 'revoked-1024x768.png') });
    expect(await leftovers(floor.page)).toEqual({ members: 0, settings: [], caches: 0, workers: 0 });
  });
});
