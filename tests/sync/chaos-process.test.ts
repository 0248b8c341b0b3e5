import { afterEach, describe, expect, test } from 'vitest';
import type { MemberId } from '../../src/shared/schemas/ids.schema';
import { lastVisitOf } from '../../src/app/db/member-rows';
import { httpTransport } from '../../src/app/sync/http-transport';
import { mutationMaker } from '../fixtures/sync-api';
import { TEST_DIALECTS } from '../fixtures/test-databases';
import { forkRng, type Rng } from './fixtures/chaos-work';
import { memberFields } from '../fixtures/factories';
import {
  createTraffic,
  openProcessTablet,
  pulledPage,
  type ProcessTablet,
  type PulledPage,
} from './fixtures/process-tablet';
import { enrolOverHttp, startServerUnderTest, type ServerUnderTest } from './fixtures/server-process';
import { accountProblems, readServerTruth, skippedByPulls, type ServerTruth } from './fixtures/server-truth';
import { storeNetwork, type StoreNetwork } from './fixtures/store-network';
import {
  calmDown,
  chaosSeed,
  expectOnlyPlannedRefusals,
  expectTabletsEqualTruth,
  HOUR,
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

// Tablets running the real app code (commands, Dexie store, sync engine, HTTP transport, pokes)
// against the real server in its own process. In the chaos run, six of them work while the server
// is killed with SIGKILL again and again with pushes in flight and started again on the same port
// and data; afterwards every tablet must equal the server, and every change a tablet was told the
// server took must be there, once. The work is drawn from a seed, printed on failure:
// CHAOS_SEED=<n> replays the same choices, though not the same timings, which come from real
// sockets and processes.

/**
 * Each tablet's clock minus real time: one three hours behind, one four minutes ahead, inside the
 * server's five-minute drift limit, so no clock is ever clamped and the checks can be exact.
 */
const TABLETS = sixTablets([0, -3 * HOUR, 4 * MINUTE, -20 * MINUTE, 90 * SECOND, -HOUR]);
const KILLS = 4;
const MAX_STEPS = 400;
// The focused pull test: connections pushing, connections pulling, batches per pushing connection.
const WRITERS = 4;
const READERS = 3;
const BATCHES = 40;

const SEED = chaosSeed();

describe.each(TEST_DIALECTS)('tablets against a server process on %s', (dialect) => {
  let env: ServerUnderTest | null = null;
  let network: StoreNetwork | null = null;
  let tablets: ProcessTablet[] = [];
  let stopPokes: (() => void)[] = [];
  const log = stepLog();
  const { note } = log;

  // Even after a failure: no server process, relay, schema or folder outlives its test.
  afterEach(async () => {
    for (const stop of stopPokes) stop();
    await network?.close();
    await env?.close();
    for (const t of tablets) await t.close();
    env = null;
    network = null;
    tablets = [];
    stopPokes = [];
  });

  /** Run a test body; on failure, keep its steps and the server's output, and name the seed. */
  const traced = (body: () => Promise<void>) =>
    log.traced(body, {
      tag: `${dialect}, CHAOS_SEED=${SEED}`,
      file: `floorbook-chaos-${dialect}-${SEED}.log`,
      output: () => `server output:\n${env?.process.output() ?? ''}`,
    });

  test(
    'six tablets, the server killed under them: outboxes drain, all equal the server, nothing acknowledged lost or doubled',
    () => traced(runChaos),
    240_000,
  );

  // The same promise without the noise, at full speed: tablets pushing a sign-up and its visit in
  // one batch while others pull. A pull that read the two tables at different moments would show
  // the visit but pass over the sign-up, and hand out a cursor beyond it.
  test(
    'pulls amid concurrent pushes carry whole commits: no sign-up is passed over for its visit',
    () =>
      traced(async () => {
        const server = await startServerUnderTest(dialect);
        env = server;
        const url = server.process.url;
        // One credential serves every connection: what is under test is the store's commits and pulls.
        const enrolment = await enrolOverHttp(url, '平板 1', true);
        const transport = httpTransport({
          baseUrl: url,
          token: () => enrolment.device.token,
          clock: Date.now,
        });
        let serial = 0;
        let writing = true;

        async function write(): Promise<void> {
          const make = mutationMaker(enrolment, Date.now());
          for (let b = 0; b < BATCHES; b++) {
            const signUp = make.create(memberFields({ phone: `137${String(serial++).padStart(8, '0')}` }));
            const out = await transport.push([signUp, make.visit(signUp.entityId as MemberId)]);
            expect(out.kind).toBe('ok');
          }
        }
        async function read(): Promise<PulledPage[]> {
          const pages: PulledPage[] = [];
          let cursor: string | null = null;
          for (;;) {
            const stillWriting = writing;
            const out = await transport.pull(cursor, 1_000);
            if (out.kind !== 'ok') throw new Error(`pull failed: ${JSON.stringify(out)}`);
            pages.push(pulledPage(cursor, out.value));
            cursor = out.value.cursor;
            if (!stillWriting && !out.value.hasMore) return pages;
          }
        }

        const reading = Array.from({ length: READERS }, read);
        await Promise.all(Array.from({ length: WRITERS }, write));
        writing = false;
        const pulled = await Promise.all(reading);
        await server.process.stop();
        const truth = await server.withDatabase((db) => readServerTruth(db, dialect));
        expect(truth.live.size).toBe(WRITERS * BATCHES);
        for (const pages of pulled) {
          expect(skippedByPulls(truth, pages)).toEqual([]);
          expect(new Set(pages.flatMap((p) => p.members))).toEqual(new Set(truth.live.keys()));
          expect(new Set(pages.flatMap((p) => p.events))).toEqual(new Set(truth.events.keys()));
        }
      }),
    60_000,
  );

  async function runChaos(): Promise<void> {
    note('test', `seed ${SEED}`);
    const server = await startServerUnderTest(dialect);
    env = server;
    const srv = server.process;
    const net = await storeNetwork(server.port, REPLY_DELAY_MS);
    network = net;
    const traffic = createTraffic();
    for (const [i, options] of TABLETS.entries()) {
      const enrolment = await enrolOverHttp(srv.url, `平板 ${i + 1}`, i === 0);
      const random = forkRng(SEED, 100 + i).next;
      tablets.push(
        openProcessTablet({ name: `T${i}`, baseUrl: net.url, enrolment, random, traffic, ...options }),
      );
    }

    // The storm: every tablet works, goes offline, has its clock set back and syncs at random,
    // while the server is killed again and again with pushes in flight.
    const storm: Storm = { over: false };
    let killsUnderPush = 0;
    const syncs = syncTracker(note);
    stopPokes = listenAll(
      tablets,
      SEED,
      () => net.url,
      (t) => void syncs.start(t, 'poked'),
    );

    async function killRepeatedly(rng: Rng): Promise<void> {
      for (let k = 1; k <= KILLS && !storm.over; k++) {
        await sleep(rng.int(800, 2_000));
        const afterCommit = k % 2 === 0;
        if (afterCommit) {
          await justAfterCommit();
          // The network goes down with the server, taking the committed change's reply with it.
          net.cut();
        } else {
          await insidePush(traffic, rng, 3_000);
        }
        const inFlight = traffic.inFlight;
        await srv.kill();
        if (inFlight > 0) killsUnderPush += 1;
        note(
          'server',
          `SIGKILL ${k} ${afterCommit ? 'just after a commit' : 'inside a push'}, ${inFlight} in flight`,
        );
        await sleep(rng.int(50, 600));
        await srv.start();
        note('server', `restarted ${k}`);
      }
    }

    // The moment the store's change number moves while a push is unanswered: that push's commit is
    // on disk and its reply still on the way.
    async function justAfterCommit(): Promise<void> {
      await server.withDatabase(async (db) => {
        const storeSeq = async () =>
          (await db.selectFrom('stores').select('seq').executeTakeFirstOrThrow()).seq;
        let seen = await storeSeq();
        for (const deadline = Date.now() + 5_000; Date.now() < deadline; await sleep(1)) {
          const seq = await storeSeq();
          if (seq > seen && traffic.inFlight > 0) return;
          seen = seq;
        }
      });
    }

    const work = {
      minSteps: MIN_STEPS,
      maxSteps: MAX_STEPS,
      note,
      startSync: syncs.start,
      clocksSetBack: true,
    };
    await runStorm(
      storm,
      killRepeatedly(forkRng(SEED, 0)),
      tablets.map((t, i) => tabletWork(t, forkRng(SEED, 1 + i), storm, work)),
    );
    await syncs.settled();

    await calmDown(tablets, note, MAX_FINAL_ROUNDS);

    // A tablet enrolled now downloads the server's copy through the real routes, page by page.
    const fresh = openProcessTablet({
      name: 'fresh',
      baseUrl: net.url,
      enrolment: await enrolOverHttp(srv.url, '平板 核对', false),
      skewMs: 0,
      random: () => 0.5,
      traffic,
      pullLimit: 100,
    });
    tablets.push(fresh);
    expect(await fresh.engine.sync()).toEqual({ kind: 'synced' });
    for (const stop of stopPokes) stop();
    await syncs.settled();
    await srv.stop();

    const truth = await server.withDatabase((db) => readServerTruth(db, dialect));
    const deadLetters = await check(truth, fresh);
    const made = tablets.reduce((n, t) => n + t.queued.size, 0);
    console.log(
      `chaos on ${dialect}, seed ${SEED}: ${KILLS} kills (${killsUnderPush} with pushes in flight), ` +
        `${traffic.cut} pushes cut, ${traffic.duplicates} duplicate replies; ${made} changes made, ` +
        `${deadLetters} refused as phone-taken; ${truth.live.size} members, ${truth.merged.size} merges, ` +
        `${truth.events.size} events; ${log.sinceStart()} ms`,
    );
    expect(truth.merged.size, 'no phone was signed up twice offline').toBeGreaterThan(0);
    expect(killsUnderPush, 'no kill landed while a push was in flight').toBeGreaterThan(0);
    expect(traffic.cut, 'no push was cut by a kill').toBeGreaterThan(0);
  }

  /** Every check against the server's truth; returns how many changes were refused. */
  async function check(truth: ServerTruth, fresh: ProcessTablet): Promise<number> {
    expect(truth.integrity).toBe('ok');
    const workers = tablets.filter((t) => t !== fresh);
    const deadLetters = new Map<string, string>();
    for (const t of workers) {
      const dead = await t.db.deadLetters.toArray();
      expectOnlyPlannedRefusals(dead, deadLetters, truth);
      expect(dead.map((d) => d.id).sort(), `${t.name} dead letters`).toEqual([...t.refused.keys()].sort());
      // Staff see the refusals and nothing waiting.
      expect(t.status.get(), `${t.name} status`).toMatchObject({
        phase: 'idle',
        error: null,
        pending: 0,
        deadLetters: dead.length,
      });
    }
    const account = {
      queued: new Map(workers.flatMap((t) => [...t.queued])),
      acknowledged: new Set(workers.flatMap((t) => [...t.acknowledged])),
      deadLetters,
    };
    expect(accountProblems(truth, account)).toEqual([]);

    const lastVisits = Object.fromEntries(
      [...truth.live.keys()].map((id) => [
        id,
        lastVisitOf(truth.replica.events.filter((e) => e.memberId === id)),
      ]),
    );
    await expectTabletsEqualTruth(tablets, truth, 'the server', async (t) => {
      const rows = await t.db.members.toArray();
      expect(Object.fromEntries(rows.map((r) => [r.id, r.lastVisitAt])), `${t.name} last visits`).toEqual(
        lastVisits,
      );
    });
    return deadLetters.size;
  }
});
