import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import path from 'node:path';
import QRCode from 'qrcode';
import { DEMO_STORE } from '../../src/server/demo/demo-store';
import { memberQrPayload } from '../../src/shared/domain/member-qr';
import { phoneTail } from '../../src/shared/domain/phone';
import type { MemberRecord } from '../../src/shared/schemas/member.schema';
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

interface Known {
  record: MemberRecord;
  initials: string;
}

/** A store filled with demo members, the tablet enrolled on it, then the network cut: the floor's journeys. */
describe('on the floor with no network', () => {
  let server: RunningServer;
  let tablet: Tablet;
  let known: Known;
  let dataDir: string;

  beforeAll(async () => {
    ({ dataDir, found: known } = await demoDataDir(
      'floorbook-floor-',
      { members: 150, seed: 11 },
      async (db) => {
        const row = await db.db
          .selectFrom('members')
          .select(['record', 'initials'])
          .orderBy('seq')
          .limit(1)
          .offset(40)
          .executeTakeFirstOrThrow();
        return { record: JSON.parse(row.record ?? 'null') as MemberRecord, initials: row.initials };
      },
    ));
    server = await startServer({ DATA_DIR: dataDir });
    tablet = await openTablet();
  });
  afterAll(async () => {
    await tablet.close();
    await server.stop();
  });

  test('a tablet enrolled by the manager downloads the roster, then works offline', async () => {
    const { page, context } = tablet;
    await enrolWithPassword(page, server.url, {
      staffName: '陈店长',
      password: DEMO_STORE.password,
      deviceName: '收银台平板',
    });
    await page.getByLabel('搜索会员').waitFor();
    await page.getByRole('status').filter({ hasText: '已同步' }).first().waitFor({ timeout: 30_000 });
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.reload();
    await page.getByLabel('搜索会员').waitFor();
    expect(await page.getByRole('status').filter({ hasText: '离线' }).first().isVisible()).toBe(true);
  });

  test('she is found by the last four digits of her phone and by her pinyin initials', async () => {
    const { page } = tablet;
    const name = known.record.fields.name;
    const box = page.getByLabel('搜索会员');
    await box.fill(phoneTail(known.record.fields.phone));
    await page
      .getByRole('link', { name: new RegExp(name) })
      .first()
      .waitFor();
    await box.fill(known.initials);
    await page
      .getByRole('link', { name: new RegExp(name) })
      .first()
      .waitFor();
    await box.fill('');
  });

  test('a photo of her member card QR opens her profile', async () => {
    const { page } = tablet;
    const image = path.join(dataDir, 'card.png');
    await QRCode.toFile(image, memberQrPayload(known.record.fields.cardNo), { width: 360, margin: 4 });
    await page.getByRole('button', { name: '扫码' }).click();
    const dialog = page.getByRole('dialog', { name: '扫描会员码' });
    await dialog.waitFor();
    await dialog.getByLabel('拍照或选择照片').setInputFiles(image);
    await page.waitForURL(new RegExp(`/members/${known.record.id}$`));
    await page.getByRole('heading', { name: known.record.fields.name }).waitFor();
  });

  test('still offline, her purchase is recorded: points, and the follow-up within 7 days', async () => {
    const { page } = tablet;
    const points = async () =>
      Number(/积分 ([\d,]+)/.exec(await page.locator('.member-header').innerText())?.[1]?.replace(/,/g, ''));
    const before = await points();
    await page.getByRole('button', { name: '记录购买' }).click();
    const form = page.getByRole('form', { name: '记录购买' });
    await form.getByLabel('款号').fill('FW26-0420');
    await form.getByLabel('单价（元）').fill('1,280');
    await form.getByRole('button', { name: '增加一件' }).click();
    await form.getByText('合计 ¥2,560.00').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'purchase-1280x800.png') });
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'purchase-1024x768.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
    await form.getByRole('button', { name: '保存购买' }).click();
    await page.getByText('已记录 ¥2,560.00 的购买，获得 2560 积分。').waitFor();
    await page.getByText(/回访提醒：请在 7 天内/).waitFor();
    await page.getByRole('button', { name: '关闭' }).click();
    expect(await points()).toBe(before + 2560);
    await page.getByText(/前回访（¥2,560.00 的购买）/).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'profile-1280x800.png') });
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'profile-1024x768.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await page.getByRole('status').filter({ hasText: '1 条改动待同步' }).count()).toBeGreaterThan(0);
  });

  test('a new customer is signed up at the table, offline', async () => {
    const { page } = tablet;
    await page.getByRole('link', { name: '开卡' }).click();
    await page.getByLabel('姓名 *').fill('林小雨');
    await page.getByLabel('手机号 *').fill('+86 136 0000 0001');
    await page.getByLabel('生日历法').selectOption('lunar');
    await page.getByLabel('月', { exact: true }).fill('8');
    await page.getByLabel('日', { exact: true }).fill('15');
    await page.getByLabel('顾客同意门店保存她的会员资料 *').check();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'signup-1280x800.png') });
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'signup-1024x768.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('button', { name: '开卡' }).last().click();
    await page.getByRole('heading', { name: '林小雨' }).waitFor();
    await page.getByText('农历八月十五').first().waitFor();
  });
});
