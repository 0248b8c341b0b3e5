import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_STORE } from '../../src/server/demo/demo-store';
import {
  enrolWithPassword,
  openTablet,
  SCREENSHOTS,
  startStoreServer,
  type StoreServer,
  type Tablet,
} from './harness';
import { demoDataDir } from './demo-data';
import iconv from 'iconv-lite';

// Enough rows that the bar is seen moving between polls; few enough for a CI run on two cores.
const GENERATED = 6_000;

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '晓梅丽娟雅婷静芳秀英婉清欣怡梦瑶子涵雨桐';

/**
 * The store's old spreadsheet as Excel in China saves it: GB18030, a title and a blank row above
 * the header, a column the server does not know (顾问, the owning associate) and one to leave out.
 */
function oldSpreadsheet(): Buffer {
  const rows: string[][] = [
    ['静安店 VIP 会员名单（旧系统导出）'],
    [],
    ['会员姓名', '手机号码', '出生日期', '顾问', '累计消费（元）', '旧系统编号'],
    ['司马青', '139 1234 5678', '1991-05-20', '李娜', '12800', 'A0001'],
    ['王芳', '1380013', '', '', '', 'A0002'],
    ['司马倩', '13912345678', '', '', '', 'A0003'],
    ['赵敏', '13987654321', '', '不在店里的人', '', 'A0004'],
  ];
  for (let i = 0; i < GENERATED; i++) {
    const name = `${SURNAMES[i % SURNAMES.length] ?? ''}${GIVEN.slice((i % 9) * 2, (i % 9) * 2 + 2)}${String.fromCharCode(0x4e00 + (i % 3000))}`;
    rows.push([name, `137${String(i).padStart(8, '0')}`, '', i % 3 === 0 ? '李娜' : '', '', `B${i}`]);
  }
  return iconv.encode(`${rows.map((r) => r.join(',')).join('\r\n')}\r\n`, 'gb18030');
}

async function enrol(page: Page, url: string, staffName: string, deviceName: string) {
  await enrolWithPassword(page, url, { staffName, password: DEMO_STORE.password, deviceName });
  await page.getByRole('status').filter({ hasText: '已同步' }).first().waitFor({ timeout: 60_000 });
}

/** A manager moves the store's old spreadsheet in on one tablet; another tablet finds the new members. */
describe('importing the old member spreadsheet', () => {
  let server: StoreServer;
  let manager: Tablet;
  let floor: Tablet;
  let file: string;

  beforeAll(async () => {
    const { dataDir } = await demoDataDir('floorbook-import-', { members: 20, seed: 15 });
    file = path.join(dataDir, '会员名单.csv');
    fs.writeFileSync(file, oldSpreadsheet());
    // Both tablets on the store's Wi-Fi: HTTPS at the store's host name, as a store runs it.
    server = await startStoreServer({ DATA_DIR: dataDir });
    manager = await openTablet(undefined, { args: server.tabletArgs });
    floor = await openTablet({ width: 1024, height: 768 }, { args: server.tabletArgs });
    await enrol(manager.page, server.appUrl, '陈店长', '收银台平板');
    await enrol(floor.page, server.appUrl, DEMO_STORE.owner, '试衣间平板');
  });
  afterAll(async () => {
    await manager?.close();
    await floor?.close();
    await server?.stop();
  });

  test('through the mapping and the preview, with a progress bar, and found by pinyin on a second tablet', async () => {
    const { page } = manager;
    await page.getByRole('link', { name: '导出' }).click();
    await page.getByRole('link', { name: '从 Excel 或 CSV 导入会员' }).click();
    await page.getByLabel('会员表格文件').setInputFiles(file);

    // The mapping: recognised columns shown, the one it could not know chosen by the manager.
    await page.getByRole('heading', { name: '各列对应的资料' }).waitFor({ timeout: 60_000 });
    await page.getByText(`会员名单.csv：标题在第 3 行，共 6 列。`).waitFor();
    expect(await page.getByLabel('第 1 列“会员姓名”').inputValue()).toBe('name');
    expect(await page.getByLabel('第 2 列“手机号码”').inputValue()).toBe('phone');
    expect(await page.getByLabel('第 4 列“顾问”').inputValue()).toBe('');
    await page.getByLabel('第 4 列“顾问”').selectOption({ label: '专属导购' });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'import-mapping-1280x800.png') });

    // The preview: each refused line with its reason, at the smaller tablet size too.
    await page.getByRole('button', { name: '预览' }).click();
    const preview = page.getByRole('table', { name: /^预览/ });
    await preview.waitFor({ timeout: 60_000 });
    await preview.getByText('第 5 行：手机号不是 11 位大陆手机号').waitFor();
    await preview.getByText('第 6 行：与前面一行的手机号或卡号重复（第 4 行）').waitFor();
    await preview.getByText('第 7 行：专属导购不是本店员工').waitFor();
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'import-preview-1024x768.png') });
    await page.setViewportSize({ width: 1280, height: 800 });

    // A dry run writes nothing and says what the import would do.
    await page.getByRole('button', { name: '试运行（不写入）' }).click();
    await page.getByRole('heading', { name: '试运行完成：没有写入任何资料' }).waitFor({ timeout: 90_000 });

    // The import: a progress bar while it runs (checking the file, then rows written as batches
    // commit; on a quiet machine the writing can end between two polls), then the summary.
    await page.getByRole('button', { name: '正式导入' }).click();
    await page
      .getByRole('status')
      .filter({ has: page.getByRole('progressbar', { name: '导入进度' }) })
      .waitFor({ timeout: 90_000 });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'import-progress-1280x800.png') });
    await page.getByRole('heading', { name: '导入完成' }).waitFor({ timeout: 90_000 });
    const refused = page.getByRole('list', { name: '被拒绝的行' }).getByRole('listitem');
    expect(await refused.allTextContents()).toEqual([
      '第 5 行：手机号不是 11 位大陆手机号',
      '第 6 行：与前面一行的手机号或卡号重复（第 4 行）',
      '第 7 行：专属导购不是本店员工',
    ]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'import-summary-1280x800.png') });

    // The other tablet, which did nothing, finds her by pinyin initials once it has synced.
    const box = floor.page.getByLabel('搜索会员');
    await box.fill('smq');
    await floor.page
      .getByRole('link', { name: /司马青/ })
      .first()
      .waitFor({ timeout: 90_000 });
  });
});
