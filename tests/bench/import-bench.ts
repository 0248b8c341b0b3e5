import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ImportJob, ImportUpload } from '../../src/shared/schemas/import.schema';
import { Enrolment } from '../../src/shared/schemas/setup.schema';
import { SESSION_HEADER } from '../../src/shared/schemas/security.schema';
import { freePort } from '../e2e/harness';
import { HEADER, memberRow, writeCsv, writeXlsx, type Cell } from '../fixtures/import-files';

// `node --import tsx tests/bench/import-bench.ts [--rows 100000] [--only xlsx|csv]`: the real server
// in its own process imports 100,000 members from an .xlsx and from a GBK CSV; the time from the
// upload to the job's end, and the server's peak resident memory (VmHWM).
// Figures go to docs/benchmarks.md by hand.

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const option = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const ROWS = Number(option('rows') ?? 100_000);
const only = option('only');

function rows(n: number): Cell[][] {
  const out: Cell[][] = [['会员资料'], HEADER];
  for (let i = 0; i < n; i++) out.push(memberRow(i));
  return out;
}

const peakMb = (pid: number) => {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
};

async function serverRun(file: string, label: string) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-bench-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      STATIC_DIR: dataDir,
      LOG_LEVEL: 'warn',
    },
    stdio: 'inherit',
  });
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
    const t0 = performance.now();
    const uploaded = await fetch(`${url}/api/imports?name=${encodeURIComponent(path.basename(file))}`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/octet-stream' },
      body: new Uint8Array(fs.readFileSync(file)),
    });
    const up = ImportUpload.parse(await uploaded.json());
    const tUpload = performance.now();
    await fetch(`${url}/api/imports/${up.importId}/start`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ mapping: up.mapping, duplicates: 'skip', dryRun: false }),
    });
    let job: ImportJob;
    for (;;) {
      job = ImportJob.parse(await (await fetch(`${url}/api/imports/${up.importId}`, { headers })).json());
      if (job.state !== 'running') break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const t1 = performance.now();
    console.log(
      `${label}: ${job.state}, ${job.counts.imported} imported of ${job.counts.rowsRead}; upload and read ${((tUpload - t0) / 1000).toFixed(1)} s, whole import ${((t1 - t0) / 1000).toFixed(1)} s; server peak RSS ${peakMb(child.pid ?? 0)} MB`,
    );
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'import-bench-files-'));
try {
  console.log(
    `${ROWS} rows, ${os.cpus().length} cores, load ${os.loadavg()[0]?.toFixed(1)}, ${new Date().toISOString()}`,
  );
  const data = rows(ROWS);
  if (only !== 'csv') {
    const xlsx = path.join(work, '会员.xlsx');
    await writeXlsx(xlsx, data);
    console.log(`.xlsx of ${(fs.statSync(xlsx).size / 1e6).toFixed(1)} MB`);
    await serverRun(xlsx, '.xlsx');
  }
  if (only !== 'xlsx') {
    const csv = path.join(work, '会员.csv');
    writeCsv(csv, data, { encoding: 'gb18030', bom: false });
    console.log(`GBK CSV of ${(fs.statSync(csv).size / 1e6).toFixed(1)} MB`);
    await serverRun(csv, 'GBK CSV');
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
