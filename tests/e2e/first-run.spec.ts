import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import path from 'node:path';
import {
  SCREENSHOTS,
  openTablet,
  startServer,
  waitForServiceWorker,
  type RunningServer,
  type Tablet,
} from './harness';

describe('first run, then offline', () => {
  let server: RunningServer;
  let tablet: Tablet;
  beforeAll(async () => {
    server = await startServer();
    tablet = await openTablet();
  });
  afterAll(async () => {
    await tablet.close();
    await server.stop();
  });

  test('the owner creates the store on the setup screen', async () => {
    const { page } = tablet;
    await page.goto(server.url);
    await page.getByRole('heading', { name: '欢迎使用会员通' }).waitFor();
    await page.getByLabel('门店名称').fill('静安嘉里中心店');
    await page.getByLabel('店主姓名').fill('王丽');
    await page.getByLabel('店主密码').fill('abc');
    expect(await page.getByRole('button', { name: '创建门店' }).isDisabled()).toBe(true);
    await page.getByLabel('店主密码').fill('floor2026book');
    await page.getByLabel('店主 PIN 码', { exact: true }).fill('123456');
    await page.getByLabel('再输一次店主 PIN 码').fill('123456');
    expect(await page.getByRole('button', { name: '创建门店' }).isDisabled()).toBe(true);
    await page.getByLabel('店主 PIN 码', { exact: true }).fill('258036');
    await page.getByLabel('再输一次店主 PIN 码').fill('258036');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'setup-1280x800.png') });
    await page.getByRole('button', { name: '创建门店' }).click();
    await page.getByRole('navigation', { name: '主导航' }).waitFor();
    expect(await page.getByText('静安嘉里中心店').isVisible()).toBe(true);
  });

  test('with the network cut, the app reloads and still works', async () => {
    const { page, context } = tablet;
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('navigation', { name: '主导航' }).waitFor();
    await page.getByLabel('搜索会员').waitFor();
    expect(await page.getByRole('status').filter({ hasText: '离线' }).first().isVisible()).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'main-offline-1280x800.png') });
    await context.setOffline(false);
  });

  test('a second tablet is enrolled by the owner signing in on it', async () => {
    const second = await openTablet({ width: 1024, height: 768 });
    try {
      const { page } = second;
      await page.goto(server.url);
      await page.getByRole('heading', { name: '绑定这台平板' }).waitFor();
      await page.getByRole('tab', { name: '用店长账号' }).click();
      await page.getByLabel('店长或店主姓名').fill('王丽');
      await page.getByLabel('密码', { exact: true }).fill('wrong-password-1');
      await page.getByLabel('这台平板的名称').fill('试衣间平板');
      await page.getByRole('button', { name: '绑定平板' }).click();
      await page.getByRole('alert').filter({ hasText: '姓名或密码不正确' }).waitFor();
      await page.getByLabel('密码', { exact: true }).fill('floor2026book');
      await page.getByRole('button', { name: '绑定平板' }).click();
      await page.getByRole('navigation', { name: '主导航' }).waitFor();
      expect(await page.getByText('静安嘉里中心店').isVisible()).toBe(true);
    } finally {
      await second.close();
    }
  });
});
