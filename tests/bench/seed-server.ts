import path from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { migrateToLatest, openSqlite } from '../../src/server/db/database';
import { hashToken, newToken } from '../../src/server/auth/secrets';
import type { Enrolment } from '../../src/shared/schemas/setup.schema';
import type { BenchStore } from './bench-data';

const CHUNK = 500;

/**
 * Write a bench store straight into a fresh SQLite file, as a server that had synced it would
 * hold it. Going through push would take minutes for 300,000 rows and measure the wrong thing:
 * the benchmark is the download.
 */
export async function seedServerDb(dataDir: string, store: BenchStore, now: number): Promise<Enrolment> {
  const handle = openSqlite(path.join(dataDir, 'floorbook.sqlite'));
  await migrateToLatest(handle);
  const storeId = uuidv7();
  const deviceId = uuidv7();
  const token = newToken();
  const [ownerId] = store.staffIds;
  if (!ownerId) throw new Error('bench store has no staff');
  const seqEnd = store.members.length + store.events.length;
  await handle.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('stores')
      .values({
        id: storeId,
        name: '基准测试店',
        created_at: now,
        seq: seqEnd + store.staffIds.length,
        purged_seq: 0,
      })
      .execute();
    await trx
      .insertInto('staff')
      .values(
        store.staffIds.map((id, i) => ({
          id,
          store_id: storeId,
          name: `店员${i + 1}`,
          role: i === 0 ? ('owner' as const) : ('associate' as const),
          password_hash: null,
          pin_verifier: null,
          created_at: now,
          disabled_at: null,
          seq: seqEnd + i + 1,
        })),
      )
      .execute();
    await trx
      .insertInto('devices')
      .values({
        id: deviceId,
        store_id: storeId,
        name: '基准平板',
        token_hash: hashToken(token),
        created_at: now,
        revoked_at: null,
        last_seen_at: null,
      })
      .execute();
    let seq = 0;
    for (let i = 0; i < store.members.length; i += CHUNK) {
      const rows = store.members.slice(i, i + CHUNK).map((m) => ({
        id: m.id,
        store_id: storeId,
        seq: ++seq,
        state: 'live' as const,
        merged_into: null,
        phone: m.record.fields.phone,
        record: JSON.stringify(m.record),
        pinyin: m.keys.pinyin,
        initials: m.keys.initials,
        created_hlc: m.record.createdHlc,
        updated_at: now,
      }));
      await trx.insertInto('members').values(rows).execute();
    }
    for (let i = 0; i < store.events.length; i += CHUNK) {
      const rows = store.events.slice(i, i + CHUNK).map((e) => ({
        id: e.id,
        store_id: storeId,
        member_id: e.memberId,
        seq: ++seq,
        kind: e.kind,
        at: e.at,
        body: JSON.stringify(e),
        received_at: now,
      }));
      await trx.insertInto('events').values(rows).execute();
    }
  });
  await handle.close();
  return {
    store: { id: storeId, name: '基准测试店' },
    device: { id: deviceId, token },
    staff: { id: ownerId, name: '店员1', role: 'owner' },
  } as Enrolment;
}
