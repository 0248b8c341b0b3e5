import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { openSqlite, migrateToLatest } from '../../src/server/db/database';
import { DEMO_STORE, fillDemoStore } from '../../src/server/demo/demo-store';
import { loadServerSecret } from '../../src/server/auth/server-secret';
import type { MemberRecord } from '../../src/shared/schemas/member.schema';
import {
  enrolWithPassword,
  openTablet,
  startServer,
  waitForServiceWorker,
  type RunningServer,
} from './harness';
import { buildNextVersion, NEXT_TITLE, type NextBuild } from './next-build';
import { openTcpRelay, type TcpRelay } from './tcp-relay';
import { recordWorkerTimeline, type WorkerTimeline } from './worker-timeline';

const LIKED = '试了驼色大衣';
const STYLE = 'FW26-0420';
const JOB = '大学教师';

/** The version of the app's IndexedDB database, and what waits in its outbox and dead letters. */
function localState(page: Page) {
  return page.evaluate(async () => {
    const version = (await indexedDB.databases()).find((d) => d.name === 'floorbook')?.version ?? 0;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('floorbook');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('open failed'));
    });
    const count = (store: string) =>
      new Promise<number>((resolve, reject) => {
        const req = db.transaction(store).objectStore(store).count();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error ?? new Error('count failed'));
      });
    const state = { version, outbox: await count('outbox'), deadLetters: await count('deadLetters') };
    db.close();
    return state;
  });
}

/** For a failure's message: the banners, the service workers' states, and how they got there. */
async function updateState(page: Page, timeline: WorkerTimeline): Promise<string> {
  const now = await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    const banners = [...document.querySelectorAll('.banner')].map((b) => b.textContent).join(' | ');
    const workers = reg
      ? `active ${reg.active?.state}, waiting ${reg.waiting?.state}, installing ${reg.installing?.state}`
      : 'no registration';
    return `${document.title}; banners: ${banners || 'none'}; workers: ${workers}`;
  });
  return `${now}\n${timeline.text()}`;
}

/** Wait until the tablet runs the next build; on failure, say what it shows and how it got there. */
async function newVersionRuns(page: Page, timeline: WorkerTimeline, timeout: number): Promise<void> {
  await page
    .waitForFunction((title) => document.title === title, NEXT_TITLE, { timeout })
    .catch(async (err: unknown) => {
      throw new Error(
        `the new version did not take over; the tablet shows: ${await updateState(page, timeline)}`,
        {
          cause: err,
        },
      );
    });
}

async function seedStore(dataDir: string): Promise<MemberRecord> {
  const db = openSqlite(path.join(dataDir, 'floorbook.sqlite'));
  await migrateToLatest(db);
  await fillDemoStore(db, {
    members: 20,
    seed: 17,
    now: Date.now(),
    secret: loadServerSecret({ dataDir, secret: undefined }),
  });
  const row = await db.db.selectFrom('members').select('record').orderBy('seq').executeTakeFirstOrThrow();
  await db.close();
  return JSON.parse(row.record ?? 'null') as MemberRecord;
}

/** What the server holds of this tablet's changes: each kind of mutation, and the traces they left. */
async function serverCopy(dataDir: string, deviceId: string, memberId: string) {
  const db = openSqlite(path.join(dataDir, 'floorbook.sqlite'));
  try {
    const mutations = await db.db
      .selectFrom('mutations')
      .select(['kind', 'status'])
      .where('device_id', '=', deviceId)
      .execute();
    const events = await db.db
      .selectFrom('events')
      .select('body')
      .where('member_id', '=', memberId)
      .execute();
    const member = await db.db
      .selectFrom('members')
      .select('record')
      .where('id', '=', memberId)
      .executeTakeFirstOrThrow();
    return {
      mutations: mutations.map((m) => `${m.kind}:${m.status}`).sort(),
      visits: events.filter((e) => e.body.includes(LIKED)).length,
      purchases: events.filter((e) => e.body.includes(STYLE)).length,
      job: member.record?.includes(JOB) ?? false,
    };
  } finally {
    await db.close();
  }
}

async function recordOfflineChanges(page: Page): Promise<void> {
  await page.getByRole('button', { name: '记录到店' }).click();
  await page.getByLabel('她喜欢的').fill(LIKED);
  await page.getByRole('button', { name: '保存到店' }).click();
  await page.getByText(LIKED).waitFor();
  await page.getByRole('button', { name: '记录购买' }).click();
  const form = page.getByRole('form', { name: '记录购买' });
  await form.getByLabel('款号').fill(STYLE);
  await form.getByLabel('单价（元）').fill('980');
  await form.getByRole('button', { name: '保存购买' }).click();
  await page.getByText(/已记录 ¥980\.00 的购买/).waitFor();
  await page.getByRole('button', { name: '关闭' }).click();
  await page.getByRole('button', { name: '编辑 软性资料' }).click();
  await page.getByLabel('职业').fill(JOB);
  await page.getByRole('button', { name: '保存' }).click();
  await page.getByText(JOB).waitFor();
  await page.getByRole('status').filter({ hasText: '3 条改动待同步' }).first().waitFor();
}

let next: NextBuild;
beforeAll(async () => {
  next = await buildNextVersion();
});
afterAll(() => next.remove());

/** A store with its demo members, its server, and the store network between tablet and server. */
interface Store {
  dataDir: string;
  member: MemberRecord;
  server: RunningServer;
  relay: TcpRelay;
  /** Upgrade day: the next build replaces the server, on the same data and address. */
  installNextBuild(): Promise<void>;
  close(): Promise<void>;
}

async function openStore(): Promise<Store> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'floorbook-upgrade-'));
  const member = await seedStore(dataDir);
  const server = await startServer({ DATA_DIR: dataDir });
  const relay = await openTcpRelay(Number(new URL(server.url).port));
  const store: Store = {
    dataDir,
    member,
    server,
    relay,
    async installNextBuild() {
      await store.server.stop();
      store.server = await startServer({ DATA_DIR: dataDir, STATIC_DIR: next.dist });
      relay.target = Number(new URL(store.server.url).port);
    },
    async close() {
      await relay.close();
      await store.server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return store;
}

/** Enrol a fresh tablet through the relay and wait until its service worker controls the page. */
async function enrolTablet(page: Page, store: Store): Promise<string> {
  await enrolWithPassword(page, store.relay.url, {
    staffName: '陈店长',
    password: DEMO_STORE.password,
    deviceName: '收银台平板',
  });
  await page.getByRole('status').filter({ hasText: '已同步' }).first().waitFor({ timeout: 30_000 });
  await waitForServiceWorker(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return page.evaluate(
    () =>
      (
        JSON.parse(localStorage.getItem('floorbook.settings.v1') ?? '{}') as {
          enrolment: { device: { id: string } };
        }
      ).enrolment.device.id,
  );
}

/**
 * Upgrade day: a tablet holds changes made offline; the server is replaced by the next build on
 * the same data; the tablet restarts offline, comes back, finds the new version by itself, takes
 * it while pushes still fail, and then every change reaches the server once.
 */
describe.each([
  { network: 'a real cut (TCP relay closed)', emulated: false },
  { network: "Chromium's emulated offline", emulated: true },
])('a store upgrade, offline meaning $network', ({ emulated }) => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore();
  });
  afterAll(() => store.close());

  test('the new version takes over, and every change made offline reaches the server once', async () => {
    const tablet = await openTablet();
    const timeline = await recordWorkerTimeline(tablet.context, tablet.page);
    try {
      const { page, context } = tablet;
      const { relay, member } = store;
      const goOffline = () => (emulated ? context.setOffline(true) : relay.cut());
      const goOnline = () => (emulated ? context.setOffline(false) : relay.restore());

      const deviceId = await enrolTablet(page, store);
      const before = await localState(page);
      await page.goto(`${relay.url}/members/${member.id}`);
      await page.getByRole('heading', { name: member.fields.name }).waitFor();

      timeline.mark('offline');
      await goOffline();
      await recordOfflineChanges(page);

      timeline.mark('the next build replaces the server');
      await store.installNextBuild();

      // The tablet restarts while the network is still away: the old version starts from its cache.
      timeline.mark('reload, offline');
      await page.reload();
      await page.getByRole('heading', { name: member.fields.name }).waitFor();
      await page.getByRole('status').filter({ hasText: '3 条改动待同步' }).first().waitFor();

      // Back online, pushes still failing: the tablet finds the new version with no reload or page switch.
      relay.refusePushes = true;
      timeline.mark('online, pushes refused');
      await goOnline();
      const banner = page.getByRole('status').filter({ hasText: `新版本 ${next.version}` });
      await banner.waitFor({ timeout: 40_000 });
      timeline.mark('banner shown: 重新加载 pressed');
      await banner.getByRole('button', { name: '重新加载' }).click();
      await newVersionRuns(page, timeline, 30_000);
      timeline.mark('the new version runs');
      await page.getByRole('heading', { name: member.fields.name }).waitFor();
      const upgraded = await localState(page);
      expect(upgraded.version).toBeGreaterThan(before.version);
      expect(upgraded.outbox).toBe(3);

      relay.refusePushes = false;
      await page.getByRole('status').filter({ hasText: '已同步' }).first().waitFor({ timeout: 40_000 });
      expect(await localState(page)).toMatchObject({ outbox: 0, deadLetters: 0 });
      expect(await serverCopy(store.dataDir, deviceId, member.id)).toEqual({
        mutations: ['event.record:applied', 'event.record:applied', 'member.update:applied'],
        visits: 1,
        purchases: 1,
        job: true,
      });

      // The sync screen shows that the tablet followed the server.
      await page.goto(`${relay.url}/sync`);
      await expect.poll(() => page.getByTestId('app-version').textContent()).toContain(next.version);
      await expect.poll(() => page.getByTestId('server-version').textContent()).toContain(next.version);
    } finally {
      timeline.keep(`${Date.now()}-${emulated ? 'emulated' : 'cut'}`);
      await tablet.close();
    }
  });
});

/**
 * A handover that does not come, made on purpose: the page's first request to the waiting worker
 * is lost. The banner must say so, and its 再试一次 must bring the new version, not do nothing.
 */
describe('a store upgrade whose first handover does not come', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore();
  });
  afterAll(() => store.close());

  test('the banner says so within seconds, and 再试一次 brings the new version', async () => {
    const tablet = await openTablet();
    const timeline = await recordWorkerTimeline(tablet.context, tablet.page);
    try {
      const { page, context } = tablet;
      await context.addInitScript(() => {
        const proto = ServiceWorker.prototype;
        const post = Object.getOwnPropertyDescriptor(proto, 'postMessage')?.value as (
          this: ServiceWorker,
          ...args: unknown[]
        ) => void;
        let lost = false;
        Object.defineProperty(proto, 'postMessage', {
          value(this: ServiceWorker, ...args: unknown[]) {
            if (!lost && (args[0] as { type?: string } | null)?.type === 'SKIP_WAITING') {
              lost = true;
              return;
            }
            post.apply(this, args);
          },
        });
      });
      await enrolTablet(page, store);
      timeline.mark('the next build replaces the server');
      await store.installNextBuild();
      // Found at load this time: finding it without one is the journey above.
      await page.reload();
      const banner = page.getByRole('status').filter({ hasText: `新版本 ${next.version}` });
      await banner.waitFor({ timeout: 40_000 });
      timeline.mark('banner shown: 重新加载 pressed, its message lost');
      await banner.getByRole('button', { name: '重新加载' }).click();
      const stuck = page.getByRole('alert').filter({ hasText: '新版本没能接管这个页面' });
      await stuck.waitFor({ timeout: 20_000 });
      expect(await page.title()).not.toBe(NEXT_TITLE);
      timeline.mark('stuck notice shown: 再试一次 pressed');
      await stuck.getByRole('button', { name: '再试一次' }).click();
      await newVersionRuns(page, timeline, 15_000);
    } finally {
      timeline.keep(`${Date.now()}-lost-handover`);
      await tablet.close();
    }
  });
});
