/**
 * Not a test: refreshes docs/screenshots/sync-1280x800.png, the sync page of a tablet that is
 * offline with a change waiting and two changes the server refused.
 * Run after `npm run build`: `node --import tsx tests/e2e/sync-screenshot.ts`.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { v7 as uuidv7 } from 'uuid';
import type { Enrolment } from '../../src/shared/schemas/setup.schema';
import type { MemberId } from '../../src/shared/schemas/ids.schema';
import { PROTOCOL_VERSION, type Mutation } from '../../src/shared/sync/protocol.schema';
import { hlcWall } from '../../src/shared/sync/hlc';
import { mutationMaker, OWNER, syncHeaders } from '../fixtures/sync-api';
import { memberFields } from '../fixtures/factories';
import { SCREENSHOTS, openTablet, startServer, waitForServiceWorker } from './harness';

const SETTINGS_KEY = 'floorbook.settings.v1';
const SIGN_IN_KEY = 'floorbook.staff-session.v1';

const server = await startServer();
const tablet = await openTablet();
const { page, context } = tablet;
try {
  await page.goto(server.url);
  await page.getByLabel('门店名称').fill(OWNER.storeName);
  await page.getByLabel('店主姓名').fill(OWNER.ownerName);
  await page.getByLabel('店主密码').fill(OWNER.password);
  await page.getByLabel('店主 PIN 码', { exact: true }).fill(OWNER.ownerPin);
  await page.getByLabel('再输一次店主 PIN 码').fill(OWNER.ownerPin);
  await page.getByRole('button', { name: '创建门店' }).click();
  await page.getByRole('navigation', { name: '主导航' }).waitFor();
  // The device is in the settings, the owner in the sign-in: together what a mutation names.
  const enrolment = await page.evaluate(
    ([settings, signIn]) => {
      const read = (key: string) =>
        JSON.parse(localStorage.getItem(key) ?? 'null') as Record<string, unknown>;
      return { ...(read(settings).enrolment as object), staff: read(signIn).staff } as Enrolment;
    },
    [SETTINGS_KEY, SIGN_IN_KEY] as const,
  );

  // Two members reach the server from this tablet's earlier work.
  const make = mutationMaker(enrolment, Date.now() - 3 * 3_600_000);
  const zhang = uuidv7() as MemberId;
  const li = uuidv7() as MemberId;
  await push(enrolment, [
    make.create(memberFields(), zhang),
    make.create(memberFields({ name: '李娜', phone: '13900139000', cardNo: '100000000002' }), li),
  ]);

  // Then two changes the server will refuse: a phone number that belongs to someone else, and a
  // purchase whose total does not match its items.
  make.at(Date.now() - 40 * 60_000);
  const refusedEdit = make.update(li, { phone: '13800138000' });
  make.at(Date.now() - 25 * 60_000);
  const refusedPurchase = make.purchase(zhang, 128_000, 118_000);
  await queue(page, [
    [li, refusedEdit],
    [zhang, refusedPurchase],
  ]);
  await page.reload();
  await page.getByRole('status').filter({ hasText: '2 条改动被拒绝' }).waitFor();

  // Offline, with one visit still waiting.
  await waitForServiceWorker(page);
  await context.setOffline(true);
  make.at(Date.now() - 6 * 60_000);
  await queue(page, [[zhang, make.visit(zhang)]]);
  await page.reload();
  await page.getByRole('link', { name: /查看同步详情/ }).click();
  await page.getByRole('article', { name: '修改资料 · 李娜' }).waitFor();
  await page.getByText('连不上服务器，改动已保存在平板上').first().waitFor();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'sync-1280x800.png') });
} finally {
  await tablet.close();
  await server.stop();
}

async function push(enrolment: Enrolment, mutations: Mutation[]): Promise<void> {
  const res = await fetch(`${server.url}/api/sync/push`, {
    method: 'POST',
    headers: { ...syncHeaders(enrolment.device.token), 'content-type': 'application/json' },
    body: JSON.stringify({ protocol: PROTOCOL_VERSION, mutations }),
  });
  if (!res.ok) throw new Error(`push failed: ${res.status} ${await res.text()}`);
}

/** Put changes in the tablet's outbox as its commands would; the app sees them on its next load. */
async function queue(page: Page, changes: [MemberId, Mutation][]): Promise<void> {
  const rows = changes.map(([memberId, mutation]) => ({
    id: mutation.id,
    memberId,
    mutation,
    queuedAt: hlcWall(mutation.hlc),
    attempts: 0,
    lastError: null,
  }));
  await page.evaluate(async (outbox) => {
    const open = indexedDB.open('floorbook');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('open failed'));
    });
    const tx = db.transaction('outbox', 'readwrite');
    for (const row of outbox) tx.objectStore('outbox').add(row);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('write failed'));
    });
    db.close();
  }, rows);
}
