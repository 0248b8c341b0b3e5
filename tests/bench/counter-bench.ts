import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { enrolByStorage, openTablet, startServer } from '../e2e/harness';
import { benchStore } from './bench-data';
import { waitForCount } from './download-bench';
import { seedServerDb } from './seed-server';

export interface CounterRow {
  scenario: string;
  p50: number;
  p95: number;
  max: number;
  samples: number;
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? NaN;

const row = (scenario: string, times: number[]): CounterRow => ({
  scenario,
  p50: pct(times, 0.5),
  p95: pct(times, 0.95),
  max: Math.max(...times),
  samples: times.length,
});

/**
 * Installed before the app's own scripts: notes when the counter screen titled `counterTitle`
 * (today's unless told) first shows figures (its `main` has no loading line left), and when
 * today's figures stop saying the roster is still loading. Times are the page's own
 * (`performance.now()`, from the navigation's start). The title tells the screen asked for from
 * the one still shown while the router moves on.
 */
function watchCounter() {
  type Marks = { shown: number | null; complete: number | null };
  const w = window as unknown as { counterMarks: Marks; counterTitle: string };
  w.counterMarks = { shown: null, complete: null };
  w.counterTitle = '今日看板';
  new MutationObserver(() => {
    const marks = w.counterMarks;
    if (marks.complete !== null) return;
    const main = document.querySelector('main.counter-page');
    if (!main?.querySelector('h1')?.textContent.startsWith(w.counterTitle)) return;
    if (main.querySelector(':scope > p[role=status]')) return;
    marks.shown ??= performance.now();
    const notes = [...main.querySelectorAll('.counter-note')];
    if (!notes.some((n) => n.textContent.includes('会员名单还在载入'))) marks.complete = performance.now();
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

/** Clear the marks, follow the link to `to`, and wait for the screen titled `title` to show figures; ms from the tap. */
async function timeInApp(
  page: Page,
  to: string,
  title: string,
): Promise<{ shown: number; complete: number }> {
  return page.evaluate(
    async ({ selector, title }) => {
      const w = window as unknown as {
        counterMarks: { shown: number | null; complete: number | null };
        counterTitle: string;
      };
      w.counterMarks = { shown: null, complete: null };
      w.counterTitle = title;
      const link = document.querySelector<HTMLAnchorElement>(selector);
      if (!link) throw new Error(`no link ${selector}`);
      const started = performance.now();
      link.click();
      const deadline = started + 120_000;
      while (w.counterMarks.complete === null) {
        if (performance.now() > deadline) throw new Error('the counter never showed its figures');
        await new Promise((r) => setTimeout(r, 5));
      }
      return { shown: (w.counterMarks.shown ?? NaN) - started, complete: w.counterMarks.complete - started };
    },
    { selector: `a[href="${to}"]`, title },
  );
}

/** Open the purchase form on a member's profile and type one piece at ¥`yuan`. */
async function fillPurchase(page: Page, yuan: number) {
  await page.getByRole('button', { name: '记录购买' }).click();
  const form = page.getByRole('form', { name: '记录购买' });
  await form.getByLabel('款号').fill('FW26-0420');
  await form.getByLabel('单价（元）').fill(String(yuan));
}

async function savePurchase(page: Page) {
  await page.getByRole('form', { name: '记录购买' }).getByRole('button', { name: '保存购买' }).click();
  await page.getByText(/^已记录 ¥[\d,]+\.00 的购买/).waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: '关闭' }).click();
}

/** Go to `path` inside the app, as a tap would, without reloading it. */
async function goInApp(page: Page, path: string) {
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

/**
 * The VIP sales figure on the open counter changes after a purchase saved in the tablet's other
 * tab: ms from the purchase form's submit to the new figure in the counter's DOM. Both tabs
 * share the tablet's database; the other tab's write reaches this one's live query through
 * Dexie's cross-tab notice, as a write by another screen would.
 */
async function purchaseToCounter(
  counter: Page,
  till: Page,
  yuan: number,
): Promise<{ fromSubmit: number; fromSaved: number }> {
  await counter.evaluate(() => {
    const w = window as unknown as { changedAt: number | null };
    w.changedAt = null;
    const value = document.querySelector('section[aria-label="VIP销售额"] .counter-tile-value');
    if (!value) throw new Error('no VIP sales figure');
    const before = value.textContent;
    const seen = new MutationObserver(() => {
      if (value.textContent === before) return;
      w.changedAt = performance.timeOrigin + performance.now();
      seen.disconnect();
    });
    seen.observe(value, { childList: true, subtree: true, characterData: true });
  });
  await fillPurchase(till, yuan);
  // Submitted: the tap on save. Saved: the command has written the purchase and the form says so.
  await till.evaluate(() => {
    const w = window as unknown as { submittedAt: number; savedAt: number | null };
    w.savedAt = null;
    document.addEventListener('submit', () => (w.submittedAt = performance.timeOrigin + performance.now()), {
      capture: true,
      once: true,
    });
    const saved = new MutationObserver(() => {
      if (!document.body.textContent.includes('的购买，获得')) return;
      w.savedAt = performance.timeOrigin + performance.now();
      saved.disconnect();
    });
    saved.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  await savePurchase(till);
  const { submittedAt, savedAt } = await till.evaluate(() => {
    const w = window as unknown as { submittedAt: number; savedAt: number };
    return { submittedAt: w.submittedAt, savedAt: w.savedAt };
  });
  const changed = await counter.waitForFunction(
    () => (window as unknown as { changedAt: number | null }).changedAt,
    undefined,
    { timeout: 60_000, polling: 20 },
  );
  const shownAt = (await changed.jsonValue()) ?? NaN;
  return { fromSubmit: shownAt - submittedAt, fromSaved: shownAt - savedAt };
}

/**
 * A tablet holding the whole store (downloaded by the app from the real server), signed in as
 * the owner: the counter's screens opened from the rail or a tab, the page loaded straight at
 * /counter, and purchases recorded while today's counter is open.
 */
export async function counterBench(
  memberCount: number,
  eventCount: number,
  rounds = 7,
  purchases = 20,
): Promise<CounterRow[]> {
  const now = Date.now();
  const store = benchStore(memberCount, eventCount, now);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'floorbook-counter-'));
  const enrolment = await seedServerDb(work, store, now);
  const server = await startServer({ DATA_DIR: work });
  const tablet = await openTablet({ width: 1024, height: 768 });
  try {
    const { page, context } = tablet;
    await context.addInitScript(watchCounter);
    await page.goto(`${server.url}/robots.txt`);
    await enrolByStorage(page, enrolment);
    const started = performance.now();
    await page.goto(server.url);
    await waitForCount(page, 'events', eventCount, started);
    console.log(`Downloaded in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    // The app read the roster as it arrived; a fresh start reads it as a tablet starts its day.
    await page.reload();
    await page.getByLabel('搜索会员').waitFor({ timeout: 60_000 });

    const rows: CounterRow[] = [];
    const load: { shown: number[]; complete: number[] } = { shown: [], complete: [] };
    for (let i = 0; i < rounds; i++) {
      await page.goto(`${server.url}/counter`);
      const marks = await page.waitForFunction(
        () => {
          const m = (window as unknown as { counterMarks: { shown: number; complete: number | null } })
            .counterMarks;
          return m.complete === null ? null : m;
        },
        undefined,
        { timeout: 120_000, polling: 50 },
      );
      const { shown, complete } = (await marks.jsonValue()) as { shown: number; complete: number };
      load.shown.push(shown);
      load.complete.push(complete);
      console.log(
        `  /counter loaded: figures at ${shown.toFixed(0)} ms, complete at ${complete.toFixed(0)} ms`,
      );
    }
    rows.push(
      row(
        "page loaded at /counter → first screen shown (from navigation start; till and targets in, members' figures may say they are counting)",
        load.shown,
      ),
    );
    rows.push(row('page loaded at /counter → roster read, figures complete', load.complete));

    for (const [to, name, title] of [
      ['/counter', 'today', '今日看板'],
      ['/counter/week', 'this week', '本周至今'],
      ['/counter/month', 'this month', '本月至今'],
      ['/counter/staff', 'staff KPIs', '员工KPI'],
    ] as const) {
      const times: number[] = [];
      for (let i = 0; i < rounds; i++) {
        await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '找会员' }).click();
        await page.getByLabel('搜索会员').waitFor();
        // The week, month and KPI screens are tabs of the counter: opened from today's.
        if (to !== '/counter') await timeInApp(page, '/counter', '今日看板');
        times.push((await timeInApp(page, to, title)).shown);
        console.log(`  ${name} opened: ${(times.at(-1) ?? NaN).toFixed(0)} ms`);
      }
      rows.push(
        row(
          `${name}: opened from the ${to === '/counter' ? 'rail' : 'counter’s tab'} → figures shown`,
          times,
        ),
      );
    }

    // Today's counter in this tab; the purchases in a second tab of the same tablet.
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '找会员' }).click();
    await page.getByLabel('搜索会员').waitFor();
    await timeInApp(page, '/counter', '今日看板');
    const till = await context.newPage();
    const buyers = store.members.slice(0, 5);
    const fromSubmit: number[] = [];
    const fromSaved: number[] = [];
    for (let i = 0; i < purchases; i++) {
      const buyer = buyers[i % buyers.length];
      if (!buyer) break;
      await till.goto(`${server.url}/members/${buyer.id}`);
      await till.getByRole('heading', { name: buyer.record.fields.name }).waitFor({ timeout: 60_000 });
      const t = await purchaseToCounter(page, till, 1000 + i);
      fromSubmit.push(t.fromSubmit);
      fromSaved.push(t.fromSaved);
      console.log(
        `  purchase ${i + 1}: ${t.fromSubmit.toFixed(0)} ms from the tap, ${t.fromSaved.toFixed(0)} ms from saved`,
      );
    }
    rows.push(row("purchase: tap on save (other tab) → today's counter shows it", fromSubmit));
    rows.push(row("purchase: saved, the form says so (other tab) → today's counter shows it", fromSaved));
    await till.close();

    // One tab, as on the floor: a purchase on her profile, then the counter from the rail.
    const back: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const buyer = buyers[i % buyers.length];
      if (!buyer) break;
      await goInApp(page, `/members/${buyer.id}`);
      await page.getByRole('heading', { name: buyer.record.fields.name }).waitFor({ timeout: 60_000 });
      await fillPurchase(page, 2000 + i);
      await savePurchase(page);
      back.push((await timeInApp(page, '/counter', '今日看板')).shown);
    }
    rows.push(row('purchase saved on her profile → counter opened from the rail shows figures', back));
    return rows;
  } finally {
    await tablet.close();
    await server.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

export function printCounterTable(rows: CounterRow[]): void {
  console.log('| scenario | ms p50 | ms p95 | ms slowest | samples |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const r of rows)
    console.log(
      `| ${r.scenario} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} | ${r.max.toFixed(0)} | ${String(r.samples)} |`,
    );
}
