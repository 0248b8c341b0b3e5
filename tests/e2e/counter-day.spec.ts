import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_STORE } from '../../src/server/demo/demo-store';
import { DEMO_STAFF } from '../../src/server/demo/demo-people';
import type { MemberRecord } from '../../src/shared/schemas/member.schema';
import {
  enrolWithPassword,
  openTablet,
  SCREENSHOTS,
  startStoreServer,
  waitForServiceWorker,
  type StoreServer,
  type Tablet,
} from './harness';
import { demoDataDir } from './demo-data';

const MANAGER = '陈店长';

function pinOf(name: string): string {
  const pin = DEMO_STAFF.find((s) => s.name === name)?.pin;
  if (!pin) throw new Error(`no demo PIN for ${name}`);
  return pin;
}

/** A tablet enrolled with the manager's password, then handed to `staffName` by her PIN, as on the floor. */
async function enrolFor(tablet: Tablet, url: string, staffName: string, deviceName: string) {
  const { page } = tablet;
  await enrolWithPassword(page, url, { staffName: MANAGER, password: DEMO_STORE.password, deviceName });
  await page.getByRole('status').filter({ hasText: '已同步' }).first().waitFor({ timeout: 30_000 });
  if (staffName === MANAGER) return;
  await page.getByRole('button', { name: '锁屏', exact: true }).click();
  await page.getByRole('button', { name: new RegExp(staffName) }).click();
  await page.keyboard.type(pinOf(staffName));
  await page.keyboard.press('Enter');
  await page.getByText(`${staffName} · 导购`).waitFor();
}

/** Digits of a shown figure: "¥1,280" → 1280. */
const figure = (text: string) => Number(text.replace(/[^\d.]/g, ''));

/** The counter's figures a manager reads: VIP sales and new cards, and each associate's cards and sales. */
async function counterSums(page: Page, associates: readonly string[]) {
  const tile = (name: string) =>
    page.getByRole('region', { name, exact: true }).locator('.counter-tile-value').innerText();
  const table = page.getByRole('region', { name: '导购今日' });
  const rows: Record<string, { cards: number; sales: number }> = {};
  for (const name of associates) {
    const row = table.getByRole('row', { name: new RegExp(`^${name}`) });
    if ((await row.count()) === 0) rows[name] = { cards: 0, sales: 0 };
    else {
      const cells = await row.getByRole('cell').allInnerTexts();
      rows[name] = { cards: figure(cells[0] ?? ''), sales: figure(cells[1] ?? '') };
    }
  }
  return { vipSales: figure(await tile('VIP销售额')), newCards: figure(await tile('新开卡')), rows };
}

/** Record a ¥`yuan` purchase on the open profile, then sign up `name`: all offline. */
async function sellAndSignUp(page: Page, yuan: number, name: string, phone: string) {
  await page.getByRole('button', { name: '记录购买' }).click();
  const form = page.getByRole('form', { name: '记录购买' });
  await form.getByLabel('款号').fill('FW26-0420');
  await form.getByLabel('单价（元）').fill(String(yuan));
  await form.getByRole('button', { name: '保存购买' }).click();
  await page.getByText(new RegExp(`^已记录 ¥${yuan.toLocaleString('en-US')}\\.00 的购买`)).waitFor();
  await page.getByRole('button', { name: '关闭' }).click();
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '开卡' }).click();
  await page.getByLabel('姓名 *').fill(name);
  await page.getByLabel('手机号 *').fill(phone);
  await page.getByLabel('顾客同意门店保存她的会员资料 *').check();
  await page.getByRole('button', { name: '开卡' }).last().click();
  await page.getByRole('heading', { name }).waitFor();
  await page.getByRole('status').filter({ hasText: '2 条改动待同步' }).first().waitFor();
}

/**
 * The manager's day at the counter: she sets today's targets, two associates sell and sign up
 * members on their own tablets with no network, they come back online, and the counter on her
 * tablet adds it all up, store and associate by associate.
 */
describe('the counter adds up the floor', () => {
  let server: StoreServer;
  let manager: Tablet;
  let li: Tablet;
  let zhou: Tablet;
  let buyers: MemberRecord[];

  beforeAll(async () => {
    let dataDir: string;
    ({ dataDir, found: buyers } = await demoDataDir(
      'floorbook-counter-',
      { members: 20, seed: 21 },
      async (db) => {
        const rows = await db.db.selectFrom('members').select('record').orderBy('seq').limit(2).execute();
        return rows.map((r) => JSON.parse(r.record ?? 'null') as MemberRecord);
      },
    ));
    server = await startStoreServer({ DATA_DIR: dataDir });
    [manager, li, zhou] = await Promise.all([
      openTablet({ width: 1024, height: 768 }, { args: server.tabletArgs }),
      openTablet({ width: 1024, height: 768 }, { args: server.tabletArgs }),
      openTablet({ width: 1024, height: 768 }, { args: server.tabletArgs }),
    ]);
    await Promise.all([
      enrolFor(manager, server.appUrl, MANAGER, '收银台平板'),
      enrolFor(li, server.appUrl, '李娜', '试衣间平板'),
      enrolFor(zhou, server.appUrl, '周婷', '门口平板'),
    ]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([manager.close(), li.close(), zhou.close()]);
    await server.stop();
  });

  test('targets set, sales and cards made offline on two tablets, sums on the manager’s counter', async () => {
    const m = manager.page;
    await m.goto(`${server.appUrl}/counter/targets`);
    const day = m.getByRole('form', { name: '单日目标' });
    const targets = [
      ['会员销售（元）', '20000'],
      ['会员占比（%）', '45'],
      ['新开卡数', '4'],
      ['会员到店人次', '30'],
      ['完成回访数', '20'],
    ] as const;
    for (const [label, value] of targets) await day.getByLabel(label).fill(value);
    await day.getByRole('button', { name: '保存这一天' }).click();
    await day
      .getByRole('status')
      .filter({ hasText: /^已保存 .* 的目标。$/ })
      .waitFor();
    await m
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '今日', exact: true })
      .click();
    await m.getByRole('progressbar', { name: '新开卡' }).waitFor();
    const before = await counterSums(m, ['李娜', '周婷']);

    const [first, second] = buyers;
    if (!first || !second) throw new Error('demo store too small');
    const floor = [
      { tablet: li, buyer: first, yuan: 1280, name: '林小雨', phone: '+86 136 0000 0001' },
      { tablet: zhou, buyer: second, yuan: 2000, name: '赵一然', phone: '+86 136 0000 0002' },
    ];
    await Promise.all(
      floor.map(async ({ tablet, buyer }) => {
        await tablet.page.goto(`${server.appUrl}/members/${buyer.id}`);
        await tablet.page.getByRole('heading', { name: buyer.fields.name }).waitFor();
        await waitForServiceWorker(tablet.page);
        await tablet.context.setOffline(true);
      }),
    );
    await Promise.all(floor.map((f) => sellAndSignUp(f.tablet.page, f.yuan, f.name, f.phone)));
    await Promise.all(floor.map((f) => f.tablet.context.setOffline(false)));

    const expected = {
      vipSales: before.vipSales + 3280,
      newCards: before.newCards + 2,
      rows: {
        李娜: { cards: (before.rows.李娜?.cards ?? 0) + 1, sales: (before.rows.李娜?.sales ?? 0) + 1280 },
        周婷: { cards: (before.rows.周婷?.cards ?? 0) + 1, sales: (before.rows.周婷?.sales ?? 0) + 2000 },
      },
    };
    // Both tablets push when the network returns; the manager's pulls on the server's poke.
    await expect
      .poll(() => counterSums(m, ['李娜', '周婷']), { timeout: 30_000, interval: 500 })
      .toEqual(expected);
    expect(await m.getByRole('progressbar', { name: '新开卡' }).getAttribute('aria-valuetext')).toMatch(
      /^(完成\d+%，还差\d+|已达成目标)/,
    );
    // The counter with today's targets and the floor's sums, as the manager reads it at arm's length.
    await m.screenshot({ path: path.join(SCREENSHOTS, 'counter-1024x768.png') });
    await m.setViewportSize({ width: 1280, height: 800 });
    await m.screenshot({ path: path.join(SCREENSHOTS, 'counter-1280x800.png') });
  });
});
