import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { memberRow } from '../../src/app/db/member-rows';
import { MEMBER_INDEXES } from '../../src/app/db/floorbook-db';
import { startServer } from '../e2e/harness';
import { benchStore } from './bench-data';
import { medianRows, printTable, type Row } from './browser-bench';
import { floorbookDownload } from './download-bench';
import { dexieFloor, ensurePeers, pouchReplication, startPeerServer } from './peers-bench';
import { seedServerDb } from './seed-server';
import { visitLatency } from './visit-latency';
import { printSearchTable, searchBench } from './search-bench';
import { printTasksTable, tasksBench } from './tasks-bench';
import { counterBench, printCounterTable } from './counter-bench';
import { importBench } from './import-bench';
import { buildIfStale } from '../../scripts/build-if-stale.mjs';

// `npm run bench [-- --members 50000 --events 250000 --repeat 3 --only download|peers|search|latency|tasks|counter|import]`:
// figures go to docs/benchmarks.md by hand. `--only` reruns one part while working on it; the
// download and its peers run `--repeat` rounds and report the median of each.
const option = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const arg = (name: string, fallback: number) => Number(option(name) ?? fallback);
const only = option('only');
const repeat = arg('repeat', 3);
const runs = (part: 'download' | 'peers' | 'search') => only === undefined || only === part;

async function main() {
  if (only === 'latency') {
    if (!buildIfStale()) throw new Error('the app did not build');
    console.log(`Visit latency between two tablets, ${os.cpus().length} cores, ${new Date().toISOString()}…`);
    printTable(await visitLatency());
    return;
  }
  if (only === 'import') return imports();
  const members = arg('members', 50_000);
  if (only === 'tasks') {
    const events = arg('events', 250_000);
    console.log(`Today's tasks on Node, ${os.cpus().length} cores, ${new Date().toISOString()}…`);
    printTasksTable(tasksBench(members, events, arg('owned', 5_000)));
    return;
  }
  const searchMembers = arg('search-members', 100_000);
  const events = arg('events', 250_000);
  if (!buildIfStale()) throw new Error('the app did not build');
  if (only === 'counter') return counter(members, events);
  ensurePeers();
  const now = Date.now();
  console.log(`Generating a store of ${members} members and ${events} events…`);
  const store = benchStore(members, events, now);
  const bytesPerMember = Math.round(
    store.members.reduce((s, m) => s + JSON.stringify(m.record).length, 0) / members,
  );
  console.log(`Members average ${bytesPerMember} bytes of JSON.`);

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'floorbook-bench-'));
  const rows: Row[] = [];
  try {
    const dataDir = path.join(work, 'server');
    fs.mkdirSync(dataDir);
    const server = runs('download')
      ? await seedServerDb(dataDir, store, now).then(async (enrolment) => ({
          enrolment,
          ...(await startServer({ DATA_DIR: dataDir })),
        }))
      : null;
    const floorRows = store.members.map((m) => memberRow({ record: m.record, keys: m.keys }, 0));
    const peer = runs('peers') ? await startPeerServer(store.members, floorRows, work) : null;
    // Rows are numbered on the server in the order generated: the last of each is stored last.
    const last = (list: { id: string }[]) => list.at(-1)?.id ?? '';
    // Rounds take turns, so a slower spell of the machine falls on every scenario alike.
    const rounds: Row[][] = [];
    try {
      for (let round = 1; round <= repeat; round++) {
        const done: Row[] = [];
        if (server) {
          console.log(`Round ${round}: Floorbook first download in Chromium…`);
          done.push(
            ...(await floorbookDownload(
              server.url,
              server.enrolment,
              { count: members, lastId: last(store.members) },
              { count: events, lastId: last(store.events) },
            )),
          );
        }
        if (peer) {
          console.log(`Round ${round}: PouchDB replicating the same members, then the bare bulkPut…`);
          done.push(await pouchReplication(peer.url, members));
          done.push(await dexieFloor(peer.url, MEMBER_INDEXES, members));
        }
        rounds.push(done);
      }
    } finally {
      await server?.stop();
      peer?.stop();
    }
    rows.push(...medianRows(rounds));
    if (runs('download')) {
      console.log('Visit latency between two tablets…');
      rows.push(...(await visitLatency()));
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  console.log(
    `\n${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ${new Date(now).toISOString().slice(0, 10)}\n`,
  );
  printTable(rows);
  if (!runs('search')) return;

  console.log(`\nSearch over ${searchMembers} members in Chromium (the app, against plain Dexie queries)…`);
  const search = await searchBench(searchMembers, 20);
  console.log(`Roster downloaded in ${(search.downloadMs / 1000).toFixed(1)} s (members only).`);
  console.log(`App start to first search answer: ${(search.firstAnswerMs / 1000).toFixed(2)} s.\n`);
  printSearchTable(search.rows);
  await counter(members, events);
  await imports();
}

/** A store moving in: 100,000 rows of .xlsx and of GBK CSV (options in import-bench.ts). */
function imports() {
  const format = option('format');
  const withTablet = process.argv.includes('--tablet');
  if (withTablet && !buildIfStale()) throw new Error('the app did not build');
  return importBench({
    rows: arg('rows', 100_000),
    ...((format === 'xlsx' || format === 'csv') && { format }),
    withTablet,
    // e.g. `--server-arg --cpu-prof`
    serverArgs: process.argv.flatMap((a, i) => (process.argv[i - 1] === '--server-arg' ? [a] : [])),
  });
}

async function counter(members: number, events: number) {
  console.log(`\nThe counter on a tablet of ${members} members and ${events} events, in Chromium…`);
  const rows = await counterBench(members, events, arg('rounds', 7), arg('purchases', 20));
  console.log(
    `\n${os.cpus().length} cores, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}, ${new Date().toISOString()}\n`,
  );
  printCounterTable(rows);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
