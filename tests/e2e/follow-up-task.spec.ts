import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_STORE } from '../../src/server/demo/demo-store';
import { addDays } from '../../src/shared/domain/calendar-day';
import { formOfAddress } from '../../src/shared/domain/tasks/address';
import { localDayIn } from '../../src/shared/domain/time-zone';
import type { MemberRecord } from '../../src/shared/schemas/member.schema';
import {
  SCREENSHOTS,
  enrolWithPassword,
  openTablet,
  startStoreServer,
  type StoreServer,
  type Tablet,
} from './harness';
import { demoDataDir, storedMembers } from './demo-data';

// The demo store's associate 李娜 and her PIN (README).
const ASSOCIATE = { name: '李娜', pin: '461825' };
const STYLE = 'FW26-0418';
const DAY = 86_400_000;

async function enrol(page: Page, url: string, deviceName: string) {
  await enrolWithPassword(page, url, { staffName: '陈店长', password: DEMO_STORE.password, deviceName });
  await page.getByRole('status').filter({ hasText: '已同步' }).first().waitFor({ timeout: 30_000 });
}

/**
 * The playbook's follow-up, across two tablets: a sale at the till makes a task on the tablet of the
 * associate who looks after the customer; she sends the store's message and logs the contact, which
 * both tablets then show on the customer's profile.
 */
describe('a follow-up after a purchase, from the till to the associate and back', () => {
  let server: StoreServer;
  let till: Tablet;
  let hers: Tablet;
  let member: MemberRecord;

  beforeAll(async () => {
    let dataDir: string;
    ({ dataDir, found: member } = await demoDataDir(
      'floorbook-follow-',
      { members: 40, seed: 21 },
      async (handle) => {
        const { db } = handle;
        const { id } = await db
          .selectFrom('staff')
          .select('id')
          .where('name', '=', ASSOCIATE.name)
          .executeTakeFirstOrThrow();
        const records = await storedMembers(handle);
        // No purchase of hers in the last 40 days: the only follow-up she gets is this journey's.
        const recent = await db
          .selectFrom('events')
          .select('member_id')
          .where('kind', '=', 'purchase')
          .where('at', '>', Date.now() - 40 * DAY)
          .execute();
        const bought = new Set(recent.map((r) => r.member_id));
        const named = (name: string) => records.filter((r) => r.fields.name === name).length;
        const found = records.find(
          (r) => r.fields.ownerStaffId === id && !bought.has(r.id) && named(r.fields.name) === 1,
        );
        if (!found) throw new Error(`no member of ${ASSOCIATE.name} without a recent purchase`);
        return found;
      },
    ));
    server = await startStoreServer({ DATA_DIR: dataDir });
    till = await openTablet(undefined, { args: server.tabletArgs });
    hers = await openTablet({ width: 1024, height: 768 }, { args: server.tabletArgs });
    // Copying to WeChat writes the clipboard; the test reads it back as the associate would paste it.
    await hers.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.appUrl });
    await enrol(till.page, server.appUrl, '收银台平板');
    await enrol(hers.page, server.appUrl, '导购平板');
    // The manager hands the tablet over: locked, the associate taps her name and enters her PIN.
    await hers.page.getByRole('button', { name: '锁屏' }).first().click();
    await hers.page.getByRole('button', { name: new RegExp(ASSOCIATE.name) }).click();
    await hers.page.keyboard.type(ASSOCIATE.pin);
    await hers.page.keyboard.press('Enter');
    await hers.page.getByText(`${ASSOCIATE.name} · 导购`).waitFor();
  });
  afterAll(async () => {
    await till?.close();
    await hers?.close();
    await server?.stop();
  });

  const herCard = (page: Page) =>
    page.getByRole('article', { name: member.fields.name }).filter({ hasText: '购买回访' });

  test("a sale at the till puts a follow-up, due within the store's 7 days, on her associate's tablet", async () => {
    const { page } = till;
    await page.goto(`${server.appUrl}/members/${member.id}`);
    await page.getByRole('heading', { name: member.fields.name }).waitFor();
    await page.getByRole('button', { name: '记录购买' }).click();
    const form = page.getByRole('form', { name: '记录购买' });
    await form.getByLabel('款号').fill(STYLE);
    await form.getByLabel('单价（元）').fill('1,280');
    await form.getByRole('button', { name: '保存购买' }).click();
    await page.getByText('已记录 ¥1,280.00 的购买，获得 1280 积分。').waitFor();
    await page.getByRole('button', { name: '关闭' }).click();

    await hers.page.getByRole('navigation').getByRole('link', { name: '今日任务' }).click();
    const card = herCard(hers.page);
    await card.waitFor({ timeout: 30_000 });
    const due = addDays(localDayIn('Asia/Shanghai', Date.now()), 7);
    await card.getByText(`${String(due.year)}年${String(due.month)}月${String(due.day)}日 前`).waitFor();
  });

  test('she copies the filled message for WeChat and logs the contact with its outcome', async () => {
    const { page } = hers;
    const card = herCard(page);
    const message = await card.getByLabel('消息', { exact: true }).innerText();
    expect(message).toContain(formOfAddress(member.fields.name, member.fields.gender, 'zh'));
    expect(message).toContain(`——${DEMO_STORE.name} ${ASSOCIATE.name}`);
    await card.getByRole('button', { name: '复制到微信' }).click();
    await card.getByText('已复制，打开微信粘贴发送。').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(message);

    const form = card.getByRole('form', { name: '记录这次联系' });
    await form.getByLabel('结果').selectOption({ label: '联系上了' });
    await form.getByLabel('她的反馈').fill('很喜欢，问了羊毛怎么洗');
    await form.getByLabel('满意度（1–5）').selectOption('5');
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'task-contact-1024x768.png') });
    await form.getByRole('button', { name: '保存' }).click();
    await card.waitFor({ state: 'detached', timeout: 15_000 });
  });

  test('the contact shows on her profile on both tablets', async () => {
    const line = `微信 · 联系上了 · 满意度 5/5 · 很喜欢，问了羊毛怎么洗`;
    await hers.page.goto(`${server.appUrl}/members/${member.id}`);
    for (const { page } of [hers, till]) {
      const contacts = page.getByRole('region', { name: '购买与到店记录' }).getByRole('listitem');
      await contacts.filter({ hasText: line }).waitFor({ timeout: 30_000 });
      // The follow-up card on the profile agrees: nothing of hers waits any more.
      await page.getByRole('region', { name: '回访' }).getByText('没有待回访的购买。').waitFor();
    }
  });
});
