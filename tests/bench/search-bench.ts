import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import type { Page } from 'playwright-core';
import { enrolByStorage, openTablet, startServer } from '../e2e/harness';
import { phoneTail } from '../../src/shared/domain/phone';
import { benchStore, type BenchMember } from './bench-data';
import { seedServerDb } from './seed-server';
import { waitForCount } from './download-bench';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface SearchRow {
  kind: string;
  indexP50: number;
  indexP95: number;
  floorbookP50: number;
  floorbookP95: number;
  dexieP50: number;
  dexieP95: number;
  samples: number;
}

type Kind = 'phone tail' | 'name' | 'pinyin initials' | 'card number';
const KINDS: readonly Kind[] = ['phone tail', 'name', 'pinyin initials', 'card number'];

/** What an associate types for a member, one keystroke at a time. */
function keystrokes(kind: Kind, m: BenchMember): string[] {
  const text =
    kind === 'phone tail'
      ? phoneTail(m.record.fields.phone)
      : kind === 'name'
        ? m.record.fields.name
        : kind === 'pinyin initials'
          ? m.keys.initials
          : m.record.fields.cardNo;
  return Array.from(text, (_, i) => text.slice(0, i + 1));
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? NaN;

/**
 * Type into the app's search box as an associate would: per keystroke, the time from the input
 * event until React has committed the answer (read at the next task).
 */
async function typeInApp(page: Page, prefixes: string[]): Promise<number[]> {
  return page.evaluate(async (list) => {
    const input = document.querySelector<HTMLInputElement>('input[type=search]');
    if (!input) throw new Error('no search box');
    // React listens for the native value setter, as when a person types.
    const descriptor = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
    const times: number[] = [];
    for (const text of ['', ...list]) {
      const started = performance.now();
      descriptor?.set?.call(input, text);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 0));
      if (text !== '') times.push(performance.now() - started);
    }
    return times;
  }, prefixes);
}

/** The app's search index alone, the same code the app runs, without rendering. */
async function typeInIndex(page: Page, prefixes: string[]): Promise<number[]> {
  return page.evaluate(async (list) => {
    type Search = (text: string) => number;
    const w = window as unknown as { benchSearch?: Search; floorbookBench: { prepare(): Promise<Search> } };
    w.benchSearch ??= await w.floorbookBench.prepare();
    const times: number[] = [];
    for (const text of list) {
      const started = performance.now();
      w.benchSearch(text);
      times.push(performance.now() - started);
    }
    return times;
  }, prefixes);
}

function bundleIndexEntry(): string {
  const out = buildSync({
    entryPoints: [path.join(import.meta.dirname, 'browser-search-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    minify: true,
    write: false,
  });
  const file = out.outputFiles[0];
  if (!file) throw new Error('bundle failed');
  return file.text;
}

/** The same keystrokes as plain Dexie queries: an index where one fits, a filtered scan where none does. */
async function typeInDexie(page: Page, kind: Kind, prefixes: string[]): Promise<number[]> {
  return page.evaluate(
    async ({ kind, list }) => {
      type Row = { phoneTail: string; name: string; initials: string; cardNo: string };
      type Coll = { limit(n: number): { toArray(): Promise<Row[]> } };
      type Table = {
        filter(fn: (r: Row) => boolean): Coll;
        where(i: string): { startsWith(p: string): Coll };
      };
      const w = window as unknown as {
        benchDb?: { table(n: string): Table };
        Dexie: new (n: string) => { open(): Promise<{ table(n: string): Table }> };
      };
      w.benchDb ??= await new w.Dexie('floorbook').open();
      const members = w.benchDb.table('members');
      const times: number[] = [];
      for (const q of list) {
        const started = performance.now();
        const coll =
          kind === 'card number'
            ? members.where('cardNo').startsWith(q)
            : members.filter((r) =>
                kind === 'phone tail'
                  ? r.phoneTail.startsWith(q)
                  : kind === 'name'
                    ? r.name.includes(q)
                    : r.initials.startsWith(q),
              );
        await coll.limit(30).toArray();
        times.push(performance.now() - started);
      }
      return times;
    },
    { kind, list: prefixes },
  );
}

/** 100,000 members downloaded by the real app, then searched as typed, beside plain Dexie queries. */
export async function searchBench(memberCount: number, samplesPerKind: number) {
  const now = Date.now();
  const store = benchStore(memberCount, 0, now, 7);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'floorbook-search-'));
  const server = await (async () => {
    const enrolment = await seedServerDb(work, store, now);
    return { enrolment, running: await startServer({ DATA_DIR: work }) };
  })();
  const tablet = await openTablet({ width: 1280, height: 800 }, { bypassCSP: true });
  try {
    const { page } = tablet;
    const url = server.running.url;
    await page.goto(`${url}/robots.txt`);
    await enrolByStorage(page, server.enrolment);
    const downloadStarted = performance.now();
    await page.goto(url);
    const downloadMs = await waitForCount(page, 'members', memberCount, downloadStarted);

    // App start to the first answer, on a tablet that already holds the roster and has run long
    // enough to have saved its search keys (five seconds after the index settles).
    await waitForCount(page, 'rosterKeys', 1, performance.now());
    const someone = store.members[Math.floor(store.members.length / 2)];
    if (!someone) throw new Error('empty store');
    await page.goto(url);
    const box = page.getByLabel('搜索会员');
    await box.fill(phoneTail(someone.record.fields.phone));
    await page
      .getByRole('link', { name: new RegExp(someone.record.fields.name) })
      .first()
      .waitFor();
    const firstAnswerMs = await page.evaluate(() => performance.now());

    await page.addScriptTag({
      content: fs.readFileSync(path.join(ROOT, 'node_modules/dexie/dist/dexie.min.js'), 'utf8'),
    });
    await page.addScriptTag({ content: bundleIndexEntry() });
    const rows: SearchRow[] = [];
    for (const kind of KINDS) {
      const app: number[] = [];
      const bare: number[] = [];
      const dexie: number[] = [];
      for (let i = 0; i < samplesPerKind; i++) {
        const m = store.members[(i * 7919 + 13) % store.members.length];
        if (!m) continue;
        const typed = keystrokes(kind, m);
        app.push(...(await typeInApp(page, typed)));
        bare.push(...(await typeInIndex(page, typed)));
        dexie.push(...(await typeInDexie(page, kind, typed)));
      }
      rows.push({
        kind,
        indexP50: pct(bare, 0.5),
        indexP95: pct(bare, 0.95),
        floorbookP50: pct(app, 0.5),
        floorbookP95: pct(app, 0.95),
        dexieP50: pct(dexie, 0.5),
        dexieP95: pct(dexie, 0.95),
        samples: app.length,
      });
    }
    return { rows, firstAnswerMs, downloadMs };
  } finally {
    await tablet.close();
    await server.running.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

export function printSearchTable(rows: SearchRow[]): void {
  const header = [
    'query (as typed)',
    'index p50 ms',
    'index p95 ms',
    'on screen p50 ms',
    'on screen p95 ms',
    'plain Dexie p50 ms',
    'plain Dexie p95 ms',
    'keystrokes',
  ];
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  const f = (n: number) => n.toFixed(1);
  for (const r of rows)
    console.log(
      `| ${[r.kind, f(r.indexP50), f(r.indexP95), f(r.floorbookP50), f(r.floorbookP95), f(r.dexieP50), f(r.dexieP95), String(r.samples)].join(' | ')} |`,
    );
}
