import { beforeEach, describe, expect, test } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import { syncTx } from '../../src/server/repositories/sync-tx';
import { lockStore } from '../../src/server/repositories/store-sync.repository';
import { putLiveMember } from '../../src/server/sync/member-rows';
import { newMemberRecord } from '../../src/shared/sync/member-merge';
import { encodeHlc } from '../../src/shared/sync/hlc';
import type { MemberId } from '../../src/shared/schemas/ids.schema';
import type { PullResponse } from '../../src/shared/sync/protocol.schema';
import { TEST_DIALECTS, type TestDatabase } from '../fixtures/test-databases';
import { testServer } from '../fixtures/test-server';
import { mutationMaker, pull, push, setUpStore } from '../fixtures/sync-api';
import { memberFields } from '../fixtures/factories';

const NOW = 1_800_000_000_000;
const WRITERS = 6;
const BATCHES = 6;

// The promise of pull: a row that commits after a cursor was handed out always comes after
// that cursor. With concurrent writers on PostgreSQL a naive sequence breaks it (a transaction
// that took number 10 commits after one that took 11 was already read).
describe.each(TEST_DIALECTS)('pull under concurrent pushes on %s', (dialect) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  beforeEach(async () => {
    ({ db, app } = await testServer(dialect, { seed: 'none', now: NOW }));
  });

  test('a reader polling while writers commit out of order never misses a row', async () => {
    const tablet = await setUpStore(app);
    let writing = true;
    let serial = 0;
    const phone = () => `139${String(serial++).padStart(8, '0')}`;

    async function writer(w: number) {
      const make = mutationMaker(tablet, NOW - 1_000_000 + w * 1_000);
      for (let b = 0; b < BATCHES; b++) {
        const batch = Array.from({ length: 4 }, () => make.create(memberFields({ phone: phone() })));
        const res = await push(app, tablet.device.token, batch);
        expect(res.statusCode).toBe(200);
      }
    }

    // A transaction that takes its change number, then commits late while others push.
    async function lateCommitter() {
      await db.db.transaction().execute(async (trx) => {
        const store = await lockStore(trx, tablet.store.id);
        const id = uuidv7() as MemberId;
        const hlc = encodeHlc({ wall: NOW, counter: 0, node: 'late' });
        await putLiveMember(
          syncTx(trx, store!, NOW),
          newMemberRecord(id, memberFields({ phone: phone() }), hlc, NOW),
        );
        await new Promise((r) => setTimeout(r, 200));
      });
    }

    const seen: string[] = [];
    async function reader() {
      let cursor = '';
      for (;;) {
        const stillWriting = writing;
        const page = (await pull(app, tablet.device.token, cursor, 3)).json<PullResponse>();
        for (const m of page.members) seen.push(m.state === 'live' ? m.record.id : m.id);
        cursor = page.cursor;
        if (!stillWriting && !page.hasMore) return;
        if (!page.hasMore) await new Promise((r) => setTimeout(r, 5));
      }
    }

    const readerDone = reader();
    await Promise.all([
      ...Array.from({ length: WRITERS }, (_, w) => writer(w)),
      lateCommitter(),
      new Promise((r) => setTimeout(r, 20)).then(lateCommitter),
    ]);
    writing = false;
    await readerDone;

    const all = await db.db
      .selectFrom('members')
      .select('id')
      .where('store_id', '=', tablet.store.id)
      .execute();
    expect(all).toHaveLength(WRITERS * BATCHES * 4 + 2);
    expect(new Set(seen).size).toBe(seen.length);
    expect(new Set(seen)).toEqual(new Set(all.map((r) => r.id)));
  });
});
