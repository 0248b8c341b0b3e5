import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ImportJob, ImportUpload } from '../../src/shared/schemas/import.schema';
import { Enrolment } from '../../src/shared/schemas/setup.schema';
import { SESSION_HEADER } from '../../src/shared/schemas/security.schema';
import Database from 'better-sqlite3';
import { enrolByStorage, freePort, openTablet, type Tablet } from '../e2e/harness';
import { waitForLastRow } from './download-bench';
import { HEADER, memberRow, writeCsv, writeXlsx, type Cell } from '../fixtures/import-files';

// `npm run bench -- --only import [--rows 100000] [--format xlsx|csv] [--tablet]`: the real server
// in its own process imports 100,000 members from an .xlsx and from a GBK CSV; the time from the
// upload to the job's end, and the server's resident memory (VmHWM its peak). With --tablet (the
// app built in dist/), a tablet in Chromium is open on the store while the import runs: the time
// from the upload until it holds every imported member and opening entry. `--server-arg <flag>`
// passes a flag to the server (e.g. --cpu-prof; its profile lands in the working directory).
// Figures go to docs/benchmarks.md by hand.

const ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface ImportBenchOptions {
  rows: number;
  /** One format only; both when undefined. */
  format?: 'xlsx' | 'csv';
  withTablet: boolean;
  serverArgs: readonly string[];
}

function rows(n: number): Cell[][] {
  const out: Cell[][] = [['会员资料'], HEADER];
  for (let i = 0; i < n; i++) out.push(memberRow(i));
  return out;
}

/** The server's memory now (VmRSS) or at its peak so far (VmHWM), MB. */
const memoryMb = (pid: number, which: 'VmRSS' | 'VmHWM') => {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(new RegExp(`${which}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024);
};

async function serverRun(file: string, label: string, { withTablet, serverArgs }: ImportBenchOptions) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-bench-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [...serverArgs, '--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      STATIC_DIR: withTablet ? path.join(ROOT, 'dist') : dataDir,
      LOG_LEVEL: 'warn',
    },
    stdio: 'inherit',
  });
  let tablet: Tablet | null = null;
  try {
    for (;;) {
      try {
        if ((await fetch(`${url}/api/health`)).ok) break;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const setup = await fetch(`${url}/api/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        storeName: '基准店',
        ownerName: '王丽',
        password: 'bench-password-2026',
        ownerPin: '258036',
        deviceName: '平板',
      }),
    });
    const owner = Enrolment.parse(await setup.json());
    const headers = { authorization: `Bearer ${owner.device.token}`, [SESSION_HEADER]: owner.session.token };
    if (withTablet) {
      // Enrolled on the store before the import, as the store's tablets are when its manager imports.
      tablet = await openTablet();
      await tablet.page.goto(url);
      await tablet.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      await enrolByStorage(tablet.page, owner);
      await tablet.page.goto(url);
      await new Promise((r) => setTimeout(r, 3000));
    }
    const pid = child.pid ?? 0;
    const idleMb = memoryMb(pid, 'VmRSS');
    const t0 = performance.now();
    const uploaded = await fetch(`${url}/api/imports?name=${encodeURIComponent(path.basename(file))}`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/octet-stream' },
      body: new Uint8Array(fs.readFileSync(file)),
    });
    const up = ImportUpload.parse(await uploaded.json());
    const tUpload = performance.now();
    const uploadMb = memoryMb(pid, 'VmHWM');
    await fetch(`${url}/api/imports/${up.importId}/start`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ mapping: up.mapping, duplicates: 'skip', dryRun: false }),
    });
    // The highest resident memory seen in each phase (sampled at each poll), beside the true peak.
    const seen = { reading: 0, writing: 0 };
    let tRead = tUpload;
    let job: ImportJob;
    for (;;) {
      job = ImportJob.parse(await (await fetch(`${url}/api/imports/${up.importId}`, { headers })).json());
      if (job.phase !== null) seen[job.phase] = Math.max(seen[job.phase], memoryMb(pid, 'VmRSS'));
      if (job.phase === 'reading') tRead = performance.now();
      if (job.state !== 'running') break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const t1 = performance.now();
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    console.log(
      `${label}: ${job.state}, ${job.counts.imported} imported of ${job.counts.rowsRead}; upload and read ${s(tUpload - t0)}, reading pass ≈${s(tRead - tUpload)}, whole import ${s(t1 - t0)}`,
    );
    console.log(
      `  server RSS: idle ${idleMb} MB, peak after upload ${uploadMb} MB, seen reading ${seen.reading} MB, seen writing ${seen.writing} MB; peak ${memoryMb(pid, 'VmHWM')} MB`,
    );
    if (tablet) {
      const db = new Database(path.join(dataDir, 'floorbook.sqlite'), { readonly: true });
      const last = (table: 'members' | 'events') =>
        db
          .prepare(`SELECT id, (SELECT count(*) FROM ${table}) AS n FROM ${table} ORDER BY seq DESC LIMIT 1`)
          .get() as {
          id: string;
          n: number;
        };
      const members = last('members');
      const events = last('events');
      db.close();
      const membersMs = await waitForLastRow(tablet.page, 'members', members.id, members.n, t0);
      const eventsMs = await waitForLastRow(tablet.page, 'events', events.id, events.n, t0);
      console.log(
        `  tablet: from the upload, ${s(membersMs)} until it held all ${members.n} members, ${s(eventsMs)} until it held their ${events.n} opening entries too`,
      );
    }
  } finally {
    await tablet?.close();
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function importBench(options: ImportBenchOptions): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'import-bench-files-'));
  try {
    console.log(
      `${options.rows} rows, ${os.cpus().length} cores, load ${os.loadavg()[0]?.toFixed(1)}, ${new Date().toISOString()}`,
    );
    const data = rows(options.rows);
    if (options.format !== 'csv') {
      const xlsx = path.join(work, '会员.xlsx');
      await writeXlsx(xlsx, data);
      console.log(`.xlsx of ${(fs.statSync(xlsx).size / 1e6).toFixed(1)} MB`);
      await serverRun(xlsx, '.xlsx', options);
    }
    if (options.format !== 'xlsx') {
      const csv = path.join(work, '会员.csv');
      writeCsv(csv, data, { encoding: 'gb18030', bom: false });
      console.log(`GBK CSV of ${(fs.statSync(csv).size / 1e6).toFixed(1)} MB`);
      await serverRun(csv, 'GBK CSV', options);
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
