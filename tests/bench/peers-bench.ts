import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { openTablet } from '../e2e/harness';
import { measure, type Row } from './browser-bench';
import type { BenchMember } from './bench-data';
import type { MemberRow } from '../../src/app/db/floorbook-db';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const PEERS = path.join(import.meta.dirname, 'peers');

/** Install the peers into the benchmark's own folder; they never become product dependencies. */
export function ensurePeers(): void {
  if (fs.existsSync(path.join(PEERS, 'node_modules', 'express-pouchdb'))) return;
  console.log('Installing benchmark peers (PouchDB, express-pouchdb)…');
  // --ignore-scripts: the in-memory adapter needs no native build.
  const r = spawnSync('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund'], {
    cwd: PEERS,
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error('could not install the benchmark peers');
}

export async function startPeerServer(members: BenchMember[], rows: MemberRow[], workDir: string) {
  const file = path.join(workDir, 'members.json');
  const rowsFile = path.join(workDir, 'rows.json');
  fs.writeFileSync(file, JSON.stringify(members));
  fs.writeFileSync(rowsFile, JSON.stringify(rows));
  const child = spawn(
    process.execPath,
    [
      path.join(PEERS, 'peer-server.cjs'),
      file,
      rowsFile,
      path.join(ROOT, 'node_modules/dexie/dist/dexie.min.js'),
    ],
    { cwd: PEERS, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const line = await new Promise<string>((resolve, reject) => {
    const rl = createInterface({ input: child.stdout });
    rl.once('line', resolve);
    child.once('exit', () => reject(new Error('peer server exited')));
  });
  const { port } = JSON.parse(line) as { port: number };
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGKILL') };
}

/** PouchDB in Chromium replicating the members from a CouchDB-compatible server on loopback. */
export async function pouchReplication(peerUrl: string, expected: number): Promise<Row> {
  const tablet = await openTablet();
  try {
    const { page } = tablet;
    await page.goto(`${peerUrl}/blank.html`);
    await page.addScriptTag({ url: '/pouchdb.js' });
    const r = await measure(page, () =>
      page.evaluate(async (url) => {
        const w = window as unknown as {
          PouchDB: new (name: string) => {
            replicate: { from: (u: string, o: object) => Promise<unknown> };
            info: () => Promise<{ doc_count: number }>;
          };
        };
        const db = new w.PouchDB('members');
        await db.replicate.from(url, { batch_size: 500, batches_limit: 4 });
        return (await db.info()).doc_count;
      }, `${peerUrl}/db/members`),
    );
    return {
      scenario: 'PouchDB replicate.from (Chromium IndexedDB)',
      seconds: r.ms / 1000,
      megabytes: r.bytes / 1e6,
      note: `${r.value} of ${expected} member docs`,
    };
  } finally {
    await tablet.close();
  }
}

/** The floor: the same member rows written with bare Dexie bulkPut and the floor's indexes, no network. */
export async function dexieFloor(peerUrl: string, schema: string, expected: number): Promise<Row> {
  const tablet = await openTablet();
  try {
    const { page } = tablet;
    await page.goto(`${peerUrl}/blank.html`);
    await page.addScriptTag({ url: '/dexie.js' });
    const result = await page.evaluate(async (schema) => {
      const rows = (await (await fetch('/rows.json')).json()) as unknown[];
      const w = window as unknown as {
        Dexie: new (name: string) => {
          version: (n: number) => { stores: (s: object) => void };
          table: (n: string) => { bulkPut: (r: unknown[]) => Promise<unknown>; count: () => Promise<number> };
          open: () => Promise<unknown>;
        };
      };
      const db = new w.Dexie('floor');
      db.version(1).stores({ members: schema });
      await db.open();
      const started = performance.now();
      for (let i = 0; i < rows.length; i += 5000) await db.table('members').bulkPut(rows.slice(i, i + 5000));
      return { ms: performance.now() - started, count: await db.table('members').count() };
    }, schema);
    return {
      scenario: 'bare Dexie bulkPut, same rows and indexes (floor)',
      seconds: result.ms / 1000,
      megabytes: null,
      note: `${result.count} of ${expected} rows, no network`,
    };
  } finally {
    await tablet.close();
  }
}
