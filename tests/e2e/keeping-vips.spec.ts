import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_STORE } from '../../src/server/demo/demo-store';
import { birthdaysInMonth } from '../../src/shared/domain/birthday';
import { localDayIn } from '../../src/shared/domain/time-zone';
import type { MemberRecord } from '../../src/shared/schemas/member.schema';
import {
  SCREENSHOTS,
  enrolWithPassword,
  openTablet,
  startServer,
  type RunningServer,
  type Tablet,
} from './harness';
import { demoDataDir, storedMembers } from './demo-data';
import { pdfText } from './pdf-text';

interface Roster {
  /** Next month's birthdays (the store's month), by name. */
  nextMonth: string[];
  records: MemberRecord[];
}

/** A manager's month end: the client books, a leaving associate's members shared out, the birthday board printed. */
describe('keeping VIPs', () => {
  let server: RunningServer;
  let tablet: Tablet;
  let roster: Roster;

  beforeAll(async () => {
    let dataDir: string;
    ({ dataDir, found: roster } = await demoDataDir(
      'floorbook-keep-',
      { members: 240, seed: 14 },
      async (db) => {
        const records = await storedMembers(db);
        const today = localDayIn('Asia/Shanghai', Date.now());
        const next =
          today.month === 12
            ? { year: today.year + 1, month: 1 }
            : { year: today.year, month: today.month + 1 };
        const board = birthdaysInMonth(records, (m) => m.fields.birthday, next.year, next.month);
        return { nextMonth: board.map((b) => b.member.fields.name), records };
      },
    ));
    server = await startServer({ DATA_DIR: dataDir });
    tablet = await openTablet();
    await enrolWithPassword(tablet.page, server.url, {
      staffName: '陈店长',
      password: DEMO_STORE.password,
      deviceName: '店长平板',
    });
    await tablet.page.getByLabel('搜索会员').waitFor();
    await tablet.page.getByRole('status').filter({ hasText: '已同步' }).first().waitFor({ timeout: 30_000 });
  });
  afterAll(async () => {
    await tablet.close();
    await server.stop();
  });

  test("a manager opens an associate's client book, sorted by tier", async () => {
    const { page } = tablet;
    await page.getByRole('navigation').getByRole('link', { name: '我的顾客' }).click();
    await page.getByRole('combobox', { name: '查看谁的顾客' }).selectOption({ label: '李娜' });
    await page.getByRole('heading', { name: '李娜的顾客' }).waitFor();
    const table = page.getByRole('table', { name: '顾客名单' });
    await table.getByText(/卡$/).first().waitFor();
    expect(await page.getByText(/^共 \d+ 位会员$/).innerText()).toMatch(/共 [1-9]\d* 位会员/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'client-book-1280x800.png') });
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'client-book-1024x768.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  test('she leaves: her members are shared out evenly, and the change reaches the server', async () => {
    const { page } = tablet;
    const count = Number(/共 (\d+) 位会员/.exec(await page.getByText(/^共 \d+ 位会员$/).innerText())?.[1]);
    const panel = page.getByRole('region', { name: '转给其他导购' });
    await panel.getByRole('radio', { name: '平均分给几位导购' }).check();
    await panel.getByRole('checkbox', { name: '周婷' }).check();
    await panel.getByRole('checkbox', { name: /^吴佳/ }).check();
    await panel.getByRole('button', { name: '开始转移' }).click();
    await panel.getByText(`已把 ${String(count)} 位会员转给新的导购。会同步到其他平板。`).waitFor();
    await page.getByText('还没有会员由这位导购负责。').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'client-book-reassigned-1280x800.png') });
    // Every owner edit left the outbox and the server took it: a manager's move needs her server
    // session (decision 0008), and a refused one would come back undone, her members in the book again.
    await page.getByRole('status').filter({ hasText: '已同步' }).first().waitFor({ timeout: 30_000 });
    expect(await page.getByText('还没有会员由这位导购负责。').isVisible()).toBe(true);
  });

  test("the birthday board prints next month's members on A4", async () => {
    const { page } = tablet;
    await page.getByRole('navigation').getByRole('link', { name: '生日' }).click();
    await page.getByRole('heading', { name: /生日$/ }).waitFor();
    await page.getByText(new RegExp(`^${String(roster.nextMonth.length)} 位会员$`)).waitFor();
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    // The PDF's first page as an image, at 96 dpi, by poppler (installed with Chromium by npm test).
    const pdfFile = path.join(os.tmpdir(), `birthday-board-${process.pid}.pdf`);
    fs.writeFileSync(pdfFile, pdf);
    const rendered = spawnSync('pdftoppm', [
      '-png',
      '-r',
      '96',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      pdfFile,
      path.join(SCREENSHOTS, 'birthday-board-a4'),
    ]);
    fs.rmSync(pdfFile, { force: true });
    expect(rendered.status, String(rendered.stderr ?? rendered.error)).toBe(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'birthday-board-1280x800.png') });
    const text = pdfText(pdf);
    expect(roster.nextMonth.length).toBeGreaterThan(0);
    for (const name of roster.nextMonth) expect(text).toContain(name);
    expect(text).toContain(DEMO_STORE.name);
    expect(text).not.toContain('找会员');
  });
});
