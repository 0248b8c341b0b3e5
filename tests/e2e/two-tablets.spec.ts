import { afterAll, beforeAll, describe, test } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_STORE } from '../../src/server/demo/demo-store';
import type { MemberRecord } from '../../src/shared/schemas/member.schema';
import {
  enrolWithPassword,
  openTablet,
  startServer,
  waitForServiceWorker,
  type RunningServer,
  type Tablet,
} from './harness';
import { demoDataDir } from './demo-data';

async function enrol(page: Page, url: string, staffName: string, deviceName: string) {
  await enrolWithPassword(page, url, { staffName, password: DEMO_STORE.password, deviceName });
  await page.getByRole('status').filter({ hasText: '已同步' }).first().waitFor({ timeout: 30_000 });
}

/** Two tablets of one store: one works offline while the other edits the same member online. */
describe('two tablets, one offline', () => {
  let server: RunningServer;
  let a: Tablet;
  let b: Tablet;
  let member: MemberRecord;

  beforeAll(async () => {
    let dataDir: string;
    ({ dataDir, found: member } = await demoDataDir(
      'floorbook-two-',
      { members: 30, seed: 5 },
      async (db) => {
        const row = await db.db
          .selectFrom('members')
          .select('record')
          .orderBy('seq')
          .limit(1)
          .executeTakeFirstOrThrow();
        return JSON.parse(row.record ?? 'null') as MemberRecord;
      },
    ));
    server = await startServer({ DATA_DIR: dataDir });
    a = await openTablet();
    b = await openTablet({ width: 1024, height: 768 });
    await enrol(a.page, server.url, DEMO_STORE.owner, '收银台平板');
    await enrol(b.page, server.url, '陈店长', '试衣间平板');
    await waitForServiceWorker(a.page);
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await server.stop();
  });

  test('visits and an edit made offline meet the other tablet’s online edit of the same member', async () => {
    const profile = `${server.url}/members/${member.id}`;
    await a.page.goto(profile);
    await b.page.goto(profile);
    await a.page.getByRole('heading', { name: member.fields.name }).waitFor();
    await b.page.getByRole('heading', { name: member.fields.name }).waitFor();

    // Tablet A loses the network, records two visits and learns her job.
    await a.context.setOffline(true);
    for (const liked of ['试了驼色大衣', '看了新到的真丝衬衫']) {
      await a.page.getByRole('button', { name: '记录到店' }).click();
      await a.page.getByLabel('她喜欢的').fill(liked);
      await a.page.getByRole('button', { name: '保存到店' }).click();
      await a.page.getByText(liked).waitFor();
    }
    await a.page.getByRole('button', { name: '编辑 软性资料' }).click();
    await a.page.getByLabel('职业').fill('大学教师');
    await a.page.getByRole('button', { name: '保存' }).click();
    await a.page.getByText('大学教师').waitFor();
    await a.page.getByRole('status').filter({ hasText: '3 条改动待同步' }).first().waitFor();

    // Tablet B, online, changes her address meanwhile.
    await b.page.getByRole('button', { name: '编辑 基本资料' }).click();
    await b.page.getByLabel('地址').fill('上海市静安区延安中路 1001 号');
    await b.page.getByRole('button', { name: '保存' }).click();
    await b.page.getByText('上海市静安区延安中路 1001 号').waitFor();

    // A comes back: both tablets end with both edits and both visits.
    await a.context.setOffline(false);
    for (const page of [a.page, b.page]) {
      await page.getByText('大学教师').waitFor({ timeout: 20_000 });
      await page.getByText('上海市静安区延安中路 1001 号').waitFor({ timeout: 20_000 });
      await page.getByText('试了驼色大衣').waitFor({ timeout: 20_000 });
      await page.getByText('看了新到的真丝衬衫').waitFor({ timeout: 20_000 });
    }
    await a.page.getByRole('status').filter({ hasText: '已同步' }).first().waitFor({ timeout: 20_000 });
  });
});
