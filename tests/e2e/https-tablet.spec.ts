import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import path from 'node:path';
import type { Page } from 'playwright-core';
import {
  RESOLVE_STORE_HOST,
  SCREENSHOTS,
  STORE_HOST,
  openTablet,
  startServer,
  startStoreServer,
  waitForServiceWorker,
  type RunningServer,
  type StoreServer,
  type Tablet,
} from './harness';

const OWNER_PIN = '258036';
const IPAD = { width: 1024, height: 768 };

const portOf = (url: string) => new URL(url).port;

async function enterPin(page: Page, pin: string) {
  await page.keyboard.type(pin);
  await page.keyboard.press('Enter');
}

/** Every uncaught error and console error the page shows, to prove no TypeError reached the user. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

describe('a tablet on the store network, over HTTPS with the store certificate', () => {
  let server: StoreServer;
  let tablet: Tablet;
  let app: string;
  let trust: string;

  beforeAll(async () => {
    server = await startStoreServer();
    app = server.appUrl;
    trust = `http://${STORE_HOST}:${portOf(server.trustUrl ?? '')}`;
    tablet = await openTablet(IPAD, { args: server.tabletArgs });
  });
  afterAll(async () => {
    await tablet.close();
    await server.stop();
  });

  test('the owner sets up the store and her staff screen shows where new tablets connect', async () => {
    const { page } = tablet;
    await page.goto(`${app}/`);
    expect(await page.evaluate(() => window.isSecureContext && 'subtle' in crypto)).toBe(true);
    await page.getByRole('heading', { name: '欢迎使用会员通' }).waitFor();
    await page.getByLabel('门店名称').fill('静安嘉里中心店');
    await page.getByLabel('店主姓名').fill('王丽');
    await page.getByLabel('店主密码').fill('floor2026book');
    await page.getByLabel('店主 PIN 码', { exact: true }).fill(OWNER_PIN);
    await page.getByLabel('再输一次店主 PIN 码').fill(OWNER_PIN);
    await page.getByRole('button', { name: '创建门店' }).click();
    const rail = page.getByRole('navigation', { name: '主导航' });
    await rail.waitFor();

    await rail.getByRole('link', { name: '员工' }).click();
    const card = page.getByRole('region', { name: '新平板连接服务器' });
    await card.getByText(`https://${STORE_HOST}:${portOf(server.url)}/`).waitFor();
    await card.getByText(`${trust}/`).waitFor();
    await card.getByRole('img', { name: `${trust}/ 的二维码` }).waitFor();
    await card.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'staff-tablet-address-1024x768.png') });
  });

  test('she signs in by PIN, the app starts with the network cut and records a visit, then syncs', async () => {
    const { page, context } = tablet;
    const errors = collectErrors(page);
    await page.getByRole('button', { name: '锁屏' }).first().click();
    await page.getByRole('button', { name: /王丽/ }).click();
    await enterPin(page, OWNER_PIN);
    await page.getByText('王丽 · 店主').waitFor();
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '找会员' }).click();
    await page.getByLabel('搜索会员').waitFor();
    await waitForServiceWorker(page);

    await context.setOffline(true);
    await page.reload();
    await page.getByLabel('搜索会员').waitFor();
    await page.getByRole('status').filter({ hasText: '离线' }).first().waitFor();
    await page.getByRole('link', { name: '开卡' }).click();
    await page.getByLabel('姓名 *').fill('林小雨');
    await page.getByLabel('手机号 *').fill('+86 136 0000 0001');
    await page.getByLabel('顾客同意门店保存她的会员资料 *').check();
    await page.getByRole('button', { name: '开卡' }).last().click();
    await page.getByRole('heading', { name: '林小雨' }).waitFor();
    await page.getByRole('button', { name: '记录到店' }).click();
    await page.getByRole('form', { name: '记录到店' }).getByLabel(/喜欢/).fill('FW26 羊绒大衣');
    await page.getByRole('button', { name: '保存到店' }).click();
    await page.getByRole('form', { name: '记录到店' }).waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: '2 条改动待同步' }).first().waitFor();

    await context.setOffline(false);
    await page.getByRole('status').filter({ hasText: '已同步' }).first().waitFor({ timeout: 30_000 });
    expect(errors.filter((e) => /TypeError/.test(e))).toEqual([]);
  });
});

describe('the same host name over plain HTTP', () => {
  let server: RunningServer;
  let plain: RunningServer;
  let tablet: Tablet;

  beforeAll(async () => {
    server = await startServer({ TLS: 'on', TLS_NAMES: STORE_HOST });
    // Plain HTTP on loopback, as in development: the app itself is served on a non-secure origin.
    plain = await startServer();
    // A new tablet that trusts nothing yet, as one straight out of its box.
    tablet = await openTablet(IPAD, { args: [RESOLVE_STORE_HOST] });
  });
  afterAll(async () => {
    await tablet.close();
    await server.stop();
    await plain.stop();
  });

  test('the trust port shows how to trust the store certificate, and sends the app to HTTPS', async () => {
    const { page } = tablet;
    const trust = `http://${STORE_HOST}:${portOf(server.trustUrl ?? '')}`;
    await page.goto(`${trust}/`);
    await page.getByRole('heading', { name: /信任门店证书/ }).waitFor();
    await page.getByRole('link', { name: '下载描述文件' }).waitFor();
    await page.getByRole('link', { name: '下载证书' }).waitFor();
    expect(await page.getByRole('link', { name: /打开会员通/ }).getAttribute('href')).toBe(
      `https://${STORE_HOST}:${portOf(server.url)}/`,
    );
    await page.screenshot({ path: path.join(SCREENSHOTS, 'trust-page-1024x768.png') });
    const redirect = await fetch(`${server.trustUrl}/members`, { redirect: 'manual' });
    expect(redirect.headers.get('location')).toBe(`https://127.0.0.1:${portOf(server.url)}/members`);
  });

  test('the app opened over plain HTTP explains what is wrong instead of failing on the PIN pad', async () => {
    const { page } = tablet;
    const errors = collectErrors(page);
    await page.goto(`http://${STORE_HOST}:${portOf(plain.url)}/`);
    await page.getByRole('heading', { name: '请用 HTTPS 地址打开会员通' }).waitFor();
    await page.getByRole('alert').filter({ hasText: '不是安全连接' }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'insecure-origin-1024x768.png') });
    expect(errors.filter((e) => /TypeError/.test(e))).toEqual([]);
  });
});
