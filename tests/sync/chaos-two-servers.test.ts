import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { freePort } from '../e2e/harness';
import { openTestDatabase, type TestDatabase } from '../fixtures/test-databases';
import { doRandomWork, forkRng, type Rng } from './fixtures/chaos-work';
import { createTraffic, openProcessTablet, type ProcessTablet } from './fixtures/process-tablet';
import { enrolOverHttp, serverProcess, type ServerProcess } from './fixtures/server-process';
import { accountProblems, readServerTruth } from './fixtures/server-truth';
import { storeNetwork, type StoreNetwork } from './fixtures/store-network';
import {
  calmDown,
  chaosSeed,
  expectOnlyPlannedRefusals,
  expectTabletsEqualTruth,
  insidePush,
  listenAll,
  MAX_FINAL_ROUNDS,
  MIN_STEPS,
  MINUTE,
  REPLY_DELAY_MS,
  runStorm,
  SECOND,
  sixTablets,
  sleep,
  stepLog,
  syncTracker,
  tabletWork,
  type Storm,
} from './fixtures/chaos-harness';

// Two instances of the real server, each its own process, on one PostgreSQL schema with one
// FLOORBOOK_SECRET: three tablets talk to one, three to the other. Each instance is killed with
// SIGKILL again and again with pushes in flight, and started again; a commit on one must poke the
// tablets of the other through LISTEN/NOTIFY. Afterwards every tablet equals the database and
// every change a tablet was told the server took is there, once (issue 9). CHAOS_SEED=<n> replays
// the choices, though not the timings.

const SECRET = 'two-instances-share-this-secret-0123456789';
/** Tablet clocks stay inside the server's drift limit; the in-process chaos test covers wild clocks. */
const TABLETS = sixTablets([0, -MINUTE * 40, 3 * MINUTE, -20 * MINUTE, 90 * SECOND, -MINUTE]);
// Each instance: kills and restarts. A restart (tsx starting the server) is most of the run time.
const KILLS = 2;
const MAX_STEPS = 300;

const SEED = chaosSeed();

interface Instance {
  name: string;
  process: ServerProcess;
  network: StoreNetwork;
  dataDir: string;
}

describe.runIf(process.env.DATABASE_URL)('two server instances on one PostgreSQL, each killed', () => {
  let database: TestDatabase | null = null;
  let instances: Instance[] = [];
  let tablets: ProcessTablet[] = [];
  let stopPokes: (() => void)[] = [];
  const { note, traced } = stepLog();

  afterEach(async () => {
    for (const stop of stopPokes) stop();
    for (const i of instances) {
      await i.network.close();
      await i.process.kill();
      rmSync(i.dataDir, { recursive: true, force: true });
    }
    for (const t of tablets) await t.close();
    await database?.close();
    database = null;
    instances = [];
    tablets = [];
    stopPokes = [];
  });

  test('six tablets on two instances: outboxes drain, all equal the database, nothing acknowledged lost or doubled', async () => {
    await traced(runChaos, {
      tag: `two servers, CHAOS_SEED=${SEED}`,
      file: `floorbook-chaos-two-servers-${SEED}.log`,
      output: () => instances.map((i) => `${i.name} output:\n${i.process.output()}`).join('\n\n'),
    });
  }, 120_000);

  async function runChaos(): Promise<void> {
    const begun = Date.now();
    note('test', `seed ${SEED}`);
    const db = await openTestDatabase('postgres');
    database = db;
    for (const name of ['A', 'B']) {
      const port = await freePort();
      const dataDir = mkdtempSync(path.join(os.tmpdir(), `floorbook-two-${name}-`));
      const proc = serverProcess({
        port,
        dataDir,
        databaseUrl: db.url!,
        env: { FLOORBOOK_SECRET: SECRET },
      });
      // One after the other: the first migrates (already done here) and the second finds it so.
      await proc.start();
      instances.push({ name, process: proc, network: await storeNetwork(port, REPLY_DELAY_MS), dataDir });
    }
    const instanceOf = (i: number) => instances[i % 2]!;

    const traffic = createTraffic();
    for (const [i, options] of TABLETS.entries()) {
      // Enrolled on its own instance: the owner's password and PIN verifiers must hold on both.
      const on = instanceOf(i);
      const enrolment = await enrolOverHttp(on.process.url, `平板 ${i + 1}`, i === 0);
      const random = forkRng(SEED, 100 + i).next;
      tablets.push(
        openProcessTablet({
          name: `T${i}${on.name}`,
          baseUrl: on.network.url,
          enrolment,
          random,
          traffic,
          ...options,
        }),
      );
    }

    const storm: Storm = { over: false };
    let killsUnderPush = 0;
    const pokes = tablets.map(() => 0);
    const syncs = syncTracker(note);
    stopPokes = listenAll(
      tablets,
      SEED,
      (i) => instanceOf(i).network.url,
      (t, i) => {
        pokes[i]! += 1;
        void syncs.start(t, 'poked');
      },
    );

    async function killRepeatedly(instance: Instance, rng: Rng): Promise<void> {
      for (let k = 1; k <= KILLS && !storm.over; k++) {
        await sleep(rng.int(500, 1_500));
        await insidePush(traffic, rng, 2_000);
        const inFlight = traffic.inFlight;
        if (rng.chance(0.5)) instance.network.cut();
        await instance.process.kill();
        if (inFlight > 0) killsUnderPush += 1;
        note(instance.name, `SIGKILL ${k}, ${inFlight} pushes in flight`);
        await sleep(rng.int(50, 600));
        await instance.process.start();
        note(instance.name, `restarted ${k}`);
      }
    }

    const work = {
      minSteps: MIN_STEPS,
      maxSteps: MAX_STEPS,
      note,
      startSync: syncs.start,
      clocksSetBack: false,
    };
    await runStorm(
      storm,
      Promise.all(instances.map((inst, n) => killRepeatedly(inst, forkRng(SEED, n)))).then(() => undefined),
      tablets.map((t, i) => tabletWork(t, forkRng(SEED, 10 + i), storm, work)),
    );
    await syncs.settled();
    const stormMs = Date.now() - begun;

    await calmDown(tablets, note, MAX_FINAL_ROUNDS);

    // A commit through one instance pokes the tablets of the other: LISTEN/NOTIFY across processes.
    // The poke streams may still be reconnecting after the last restart: try a few times.
    let crossPoke = false;
    for (let attempt = 0; attempt < 10 && !crossPoke; attempt++) {
      const before = pokes.filter((_, i) => i % 2 === 1).reduce((a, b) => a + b, 0);
      const t0 = tablets[0]!;
      note(
        'test',
        `cross-instance poke check ${attempt}: ${await doRandomWork(t0, forkRng(SEED, 300 + attempt))}`,
      );
      await t0.engine.sync();
      for (const deadline = Date.now() + 1_500; Date.now() < deadline && !crossPoke; await sleep(20))
        crossPoke = pokes.filter((_, i) => i % 2 === 1).reduce((a, b) => a + b, 0) > before;
    }
    expect(crossPoke, "a push through A never poked B's tablets").toBe(true);
    const calmMs = Date.now() - begun - stormMs;
    for (const stop of stopPokes) stop();
    await syncs.settled();
    // The check's own change (and any poked pulls) reach every tablet.
    for (let round = 0; round < 2; round++)
      for (const t of tablets) expect((await t.engine.sync()).kind).toBe('synced');
    for (const i of instances) await i.process.stop();

    const truth = await readServerTruth(db.db, 'postgres');
    const deadLetters = new Map<string, string>();
    for (const t of tablets) expectOnlyPlannedRefusals(await t.db.deadLetters.toArray(), deadLetters, truth);
    expect(
      accountProblems(truth, {
        queued: new Map(tablets.flatMap((t) => [...t.queued])),
        acknowledged: new Set(tablets.flatMap((t) => [...t.acknowledged])),
        deadLetters,
      }),
    ).toEqual([]);
    await expectTabletsEqualTruth(tablets, truth, 'the database');
    const made = tablets.reduce((n, t) => n + t.queued.size, 0);
    console.log(
      `two servers on postgres, seed ${SEED}: ${2 * KILLS} kills (${killsUnderPush} with pushes in flight), ` +
        `${traffic.cut} pushes cut, ${traffic.duplicates} duplicate replies; ${made} changes made, ` +
        `${deadLetters.size} refused as phone-taken; ${truth.live.size} members, ${truth.merged.size} merges, ` +
        `${truth.events.size} events; pokes ${pokes.join(' ')}; ${Date.now() - begun} ms ` +
        `(storm ${stormMs}, calm and poke check ${calmMs})`,
    );
    expect(killsUnderPush, 'no kill landed while a push was in flight').toBeGreaterThan(0);
  }
});
