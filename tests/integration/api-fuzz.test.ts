import { beforeAll, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { issueSession } from '../../src/server/auth/staff-session';
import { dataAccess } from '../../src/server/db/data-access';
import { ApiErrorBody } from '../../src/shared/schemas/api-error.schema';
import { SESSION_HEADER } from '../../src/shared/schemas/security.schema';
import type { Enrolment } from '../../src/shared/schemas/setup.schema';
import { TEST_DIALECTS } from '../fixtures/test-databases';
import { securityWorld, PINS, secondStore, WORLD_NOW } from '../fixtures/security-world';
import { apiRequest, type FuzzPools, type FuzzRequest } from '../fixtures/api-fuzz-arbitraries';
import { changedTables, snapshotDatabase } from '../fixtures/db-snapshot';
import { mutationMaker, push } from '../fixtures/sync-api';
import { OWNER_PIN } from '../fixtures/test-secret';
import { memberFields } from '../fixtures/factories';
import { issuePosKey } from '../fixtures/pos-api';

// Seeded so a failure can be replayed: FUZZ_SEED=<seed printed below> npx vitest run tests/integration/api-fuzz.test.ts
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2_147_483_647);
// SQLite in memory is quick; PostgreSQL pays a round trip a query, so it runs fewer.
const RUNS = { sqlite: 6_000, postgres: 1_500 } as const;
// Requests sign out, reset PINs and send staff away; fresh sessions keep the fuzz past the session check.
const REFRESH_SESSIONS_EVERY = 150;

// A wrong PIN is counted and audited by design: those two tables may change with a 401 wrong-pin.
const WRITES_ON_WRONG_PIN = ['sign_in_failures', 'audit_log'];

describe.each(TEST_DIALECTS)('every API route under random requests, on %s', (dialect) => {
  let outsider: Enrolment;
  let pools: FuzzPools;
  // Sessions are named in the requests ('@owner') and looked up when sent, so a refresh reaches them.
  const live = new Map<string, string>();

  const refreshSessions = async () => {
    const open = async (e: { store: string; staff: string; device: string }) =>
      (
        await issueSession(dataAccess(w.db.db), {
          storeId: e.store,
          staffId: e.staff,
          deviceId: e.device,
          now: WORLD_NOW,
        })
      ).token;
    const here = { store: w.owner.store.id, device: w.owner.device.id };
    live.set('@owner', await open({ ...here, staff: w.owner.staff.id }));
    live.set('@manager', await open({ ...here, staff: w.manager.id }));
    live.set('@associate', await open({ ...here, staff: w.associate.id }));
    live.set(
      '@outsider',
      await open({ store: outsider.store.id, staff: outsider.staff.id, device: outsider.device.id }),
    );
  };
  const resolve = (req: FuzzRequest): FuzzRequest => {
    const headers = { ...req.headers };
    const named = headers[SESSION_HEADER];
    if (named !== undefined && live.has(named)) headers[SESSION_HEADER] = live.get(named) ?? '';
    return { ...req, headers };
  };

  // No rate limit here: the fuzz would only ever meet the limiter, and the limiter writes nothing.
  const w = securityWorld(dialect, { guessLimit: { max: 1_000_000, timeWindowMs: 60_000 } });
  beforeAll(async () => {
    outsider = await secondStore(w.db, WORLD_NOW);
    const member = mutationMaker(w.owner, WORLD_NOW - 60_000).create(memberFields());
    const dup = mutationMaker(w.owner, WORLD_NOW - 30_000).create(memberFields({ cardNo: '100000000019' }));
    await push(w.app, w.owner.device.token, [member, dup]);
    live.set('@expired', w.sessions.expired);
    const posKey = await issuePosKey(w.app, { deviceToken: w.owner.device.token, session: w.sessions.owner });
    pools = {
      // Weighted towards the owner's tablet and the sessions opened on it, where most routes lie open.
      deviceTokens: [
        w.owner.device.token,
        w.owner.device.token,
        w.owner.device.token,
        w.spareDevice.device.token,
        outsider.device.token,
        posKey.key,
      ],
      sessions: ['@owner', '@owner', '@manager', '@manager', '@associate', '@expired', '@outsider'],
      ids: [
        w.owner.staff.id,
        w.manager.id,
        w.associate.id,
        w.spare.id,
        w.owner.device.id,
        w.spareDevice.device.id,
        outsider.staff.id,
        outsider.device.id,
        member.entityId,
        dup.entityId,
        w.owner.store.id,
        posKey.id,
      ],
      pins: [OWNER_PIN, PINS.manager, PINS.associate, '603718', '123456', '12345', 'abcdef', '٠١٢٣٤٥'],
    };
  });

  test('never answers 5xx, always in the one error shape, and a refusal writes nothing', async () => {
    console.info(`api-fuzz on ${dialect}: seed ${SEED}`);
    const statuses = new Map<number, number>();
    let run = 0;
    const details = await fc.check(
      fc.asyncProperty(apiRequest(pools), async (generated) => {
        if (run++ % REFRESH_SESSIONS_EVERY === 0) await refreshSessions();
        const req = resolve(generated);
        const before = await snapshotDatabase(w.db.db);
        const res = await w.app.inject(req);
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
        expect(res.statusCode, `${req.method} ${req.url}: ${res.body.slice(0, 300)}`).toBeLessThan(500);
        if (res.statusCode < 400) return;
        if (req.method !== 'HEAD') expect(ApiErrorBody.safeParse(res.json()).success, res.body).toBe(true);
        const wrongPin = req.method !== 'HEAD' && res.json<{ code: string }>().code === 'wrong-pin';
        const allowed = wrongPin ? WRITES_ON_WRONG_PIN : [];
        const changed = changedTables(before, await snapshotDatabase(w.db.db)).filter(
          (t) => !allowed.includes(t),
        );
        expect(changed, `${req.method} ${req.url} → ${res.statusCode} changed the database`).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS[dialect], endOnFailure: true },
    );
    if (details.failed) {
      // The counterexample may hold 20 kB strings: show its start, and the seed to replay it.
      const example = JSON.stringify(details.counterexample).slice(0, 1_500);
      const why = details.errorInstance instanceof Error ? details.errorInstance.message.slice(0, 1_500) : '';
      throw new Error(
        `api-fuzz failed with FUZZ_SEED=${SEED} after ${details.numRuns} runs:\n${example}\n${why}`,
      );
    }
    console.info(`api-fuzz on ${dialect}: statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
    // Still alive, and the fuzz reached past the credential checks into the routes themselves.
    expect((await w.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    for (const c of [200, 401, 403, 404, 422]) expect([...statuses.keys()]).toContain(c);
    // A fixed number of runs, not a time box: on a busy machine they take longer, never fewer.
  }, 300_000);
});
