import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { memberRow } from '../../src/app/db/member-rows';
import { MEMBER_INDEXES } from '../../src/app/db/floorbook-db';
import { startServer } from '../e2e/harness';
import { benchStore } from './bench-data';
import { printTable, type Row } from './browser-bench';
import { floorbookDownload } from './download-bench';
import { dexieFloor, ensurePeers, pouchReplication, startPeerServer } from './peers-bench';
import { seedServerDb } from './seed-server';
import { visitLatency } from './visit-latency';
import { printSearchTable, searchBench } from './search-bench';
import { buildIfStale } from '../../scripts/build-if-stale.mjs';

// `npm run bench [-- --members 50000 --events 250000] [-- --only download|peers|search]`:
// figures go to docs/benchmarks.md by hand. `--only` reruns one part while working on it.
const option = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const arg = (name: string, fallback: number) => Number(option(name) ?? fallback);
const only = option('only');
const runs = (part: 'download' | 'peers' | 'search') => only === undefined || only === part;

async function main() {
  const members = arg('members', 50_000);
  const searchMembers = arg('search-members', 100_000);
  const events = arg('events', 250_000);
  if (!buildIfStale()) throw new Error('the app did not build');
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
    if (runs('download')) {
      const enrolment = await seedServerDb(dataDir, store, now);
      const server = await startServer({ DATA_DIR: dataDir });
      try {
        console.log('Floorbook: first download in Chromium…');
        // Rows are numbered on the server in the order generated: the last of each is stored last.
        const last = (list: { id: string }[]) => list.at(-1)?.id ?? '';
        rows.push(
          ...(await floorbookDownload(
            server.url,
            enrolment,
            { count: members, lastId: last(store.members) },
            { count: events, lastId: last(store.events) },
          )),
        );
      } finally {
        await server.stop();
      }
    }
    if (runs('peers')) {
      const floorRows = store.members.map((m) => memberRow({ record: m.record, keys: m.keys }, 0));
      const peer = await startPeerServer(store.members, floorRows, work);
      try {
        console.log('PouchDB: replicating the same members…');
        rows.push(await pouchReplication(peer.url, members));
        console.log('Dexie bulkPut floor…');
        rows.push(await dexieFloor(peer.url, MEMBER_INDEXES, members));
      } finally {
        peer.stop();
      }
    }
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
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
