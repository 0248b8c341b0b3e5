import type { Db, DbTx } from '../db/handle';
import { admitHlc, decodeHlc, encodeHlc, tickHlc } from '../../shared/sync/hlc';
import { takeSeq } from './seq';
import { lockStore, saveStoreClock, storeSeq } from './store-sync.repository';
import { memberSyncRepository, type MemberSyncRepository } from './member-sync.repository';
import { eventSyncRepository, type EventSyncRepository } from './event-sync.repository';
import { mutationRepository, type MutationRepository } from './mutation.repository';
import { syncStaffRepository } from './sync-staff.repository';
import { auditRepository } from './audit.repository';
import { storeSettingsRepository } from './store-settings.repository';
import { fieldRecordRepository, type FieldRecordRepository } from './field-record.repository';
import { posKeyRepository } from './pos-key.repository';
import { posPostRepository } from './pos-post.repository';

/**
 * One push batch's view of the database: the repositories of its transaction, the store it
 * writes for, and the server's time. Every row it writes takes the store's next change number,
 * so pulls see writes in commit order.
 */
export interface SyncTx {
  storeId: string;
  now: number;
  nextSeq(): Promise<number>;
  /** The clock a mutation is applied with (decision 0010): its own, or the store's next one. */
  admitClock(raw: string): string;
  /**
   * A clock for a change the server makes itself (the POS API, an import): the store's next one,
   * strictly above every clock it has applied, with `node` (e.g. `server:pos`) as tie-breaker.
   */
  serverClock(node: string): string;
  /** Write the store's clock back; call once, after the batch's last mutation. */
  saveClock(): Promise<void>;
  /** The store's change number now. */
  seq(): Promise<number>;
  members: MemberSyncRepository;
  events: EventSyncRepository;
  mutations: MutationRepository;
  staff: ReturnType<typeof syncStaffRepository>;
  audit: ReturnType<typeof auditRepository>;
  settings: ReturnType<typeof storeSettingsRepository>;
  records: FieldRecordRepository;
  /** A till's post is taken in the same transaction as the records it writes (issue 13). */
  posPosts: ReturnType<typeof posPostRepository>;
  posKeys: ReturnType<typeof posKeyRepository>;
}

export function syncTx(trx: DbTx, store: { id: string; hlc: string }, now: number): SyncTx {
  let clock = store.hlc;
  const nextSeq = () => takeSeq(trx, store.id, 1);
  return {
    storeId: store.id,
    now,
    nextSeq,
    admitClock(raw) {
      const admitted = admitHlc(raw, clock, now);
      clock = admitted.store;
      return admitted.hlc;
    },
    serverClock(node) {
      const last = clock === '' ? { wall: 0, counter: 0, node } : decodeHlc(clock);
      clock = encodeHlc({ ...tickHlc(last, now), node });
      return clock;
    },
    async saveClock() {
      if (clock !== store.hlc) await saveStoreClock(trx, store.id, clock);
    },
    seq: () => storeSeq(trx, store.id),
    members: memberSyncRepository(trx, store.id, nextSeq, now),
    events: eventSyncRepository(trx, store.id, nextSeq, now),
    mutations: mutationRepository(trx),
    staff: syncStaffRepository(trx, store.id),
    audit: auditRepository(trx),
    settings: storeSettingsRepository(trx, store.id, nextSeq, now),
    records: fieldRecordRepository(trx, store.id, nextSeq, now),
    posPosts: posPostRepository(trx),
    posKeys: posKeyRepository(trx),
  };
}

/**
 * Run `fn` in one transaction under the store's row lock (store-sync.repository.ts), or answer
 * undefined when there is no such store.
 */
export function inStoreTransaction<T>(
  db: Db,
  storeId: string,
  now: number,
  fn: (tx: SyncTx) => Promise<T>,
): Promise<T | undefined> {
  return db.transaction().execute(async (trx) => {
    const store = await lockStore(trx, storeId);
    return store ? fn(syncTx(trx, store, now)) : undefined;
  });
}
