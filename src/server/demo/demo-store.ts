import { v7 as uuidv7 } from 'uuid';
import type { DatabaseHandle } from '../db/database';
import { hashPassword, hashToken, newToken } from '../auth/secrets';
import { storedPin } from '../auth/pin-verifier';
import { serverKeys } from '../auth/server-keys';
import { dataAccess } from '../db/data-access';
import { pushBatch } from '../sync/push.service';
import { encodeHlc } from '../../shared/sync/hlc';
import { MAX_PUSH_MUTATIONS, type Mutation } from '../../shared/sync/protocol.schema';
import type { DeviceId, EventId, MemberId, MutationId, StaffId } from '../../shared/schemas/ids.schema';
import { seededRandom } from './random';
import { DEMO_STAFF, demoSignUp } from './demo-people';
import { demoEvents } from './demo-events';

export const DEMO_STORE = {
  name: '静安嘉里中心店',
  owner: '王丽',
  password: 'floorbook2026',
  ownerPin: '258036',
};

export interface DemoOptions {
  members: number;
  seed: number;
  now: number;
  /**
   * The server secret, so the demo PINs are keyed as the server will check them
   * (`loadServerSecret(config)`). Without it the demo staff get no PIN.
   */
  secret?: string;
  onProgress?: (done: number, total: number) => void;
}

export interface DemoResult {
  storeName: string;
  members: number;
  events: number;
}

export class DemoRefused extends Error {}

const DAY = 86_400_000;

/**
 * Create the demo store in an empty database and fill it with realistic members and a year of
 * their visits and purchases. Everything goes through the sync service as mutations from a
 * "demo import" tablet: the same checks, merges and change numbers as the floor's own tablets.
 *
 * Security: a database holding any store is refused. The demo's password and PINs are published
 * in the README; put into a real store, they would open it to anyone who read it (issue 10).
 */
export async function fillDemoStore(handle: DatabaseHandle, o: DemoOptions): Promise<DemoResult> {
  const { stores, staff, devices } = dataAccess(handle.db);
  const keys = o.secret === undefined ? null : serverKeys(o.secret);
  const storeId = uuidv7();
  const ownerId = uuidv7();
  // Checked again inside createFirst's transaction: a store set up meanwhile is not filled either.
  const created =
    (await stores.count()) === 0 &&
    (await stores.createFirst({
      storeId,
      storeName: DEMO_STORE.name,
      owner: {
        id: ownerId,
        name: DEMO_STORE.owner,
        passwordHash: await hashPassword(DEMO_STORE.password),
        pin: keys && (await storedPin(keys, ownerId, DEMO_STORE.ownerPin)),
      },
      now: o.now,
    }));
  if (!created) {
    const held = await stores.firstName();
    throw new DemoRefused(
      `This database already holds the store ${held ?? ''}; the demo only creates its own store in an empty database, so set DATA_DIR (or DATABASE_URL) to a new one.`,
    );
  }
  const store = { id: storeId, name: DEMO_STORE.name };

  const passwordHash = await hashPassword(DEMO_STORE.password);
  const staffIds: StaffId[] = [];
  for (const s of DEMO_STAFF) {
    const id = uuidv7() as StaffId;
    await staff.add({
      id,
      storeId: store.id,
      name: s.name,
      role: s.role,
      passwordHash: s.role === 'manager' ? passwordHash : null,
      ...(keys && { pin: await storedPin(keys, id, s.pin) }),
      now: o.now,
    });
    staffIds.push(id);
  }
  const deviceId = uuidv7() as DeviceId;
  await devices.create({
    id: deviceId,
    storeId: store.id,
    name: '演示数据导入',
    tokenHash: hashToken(newToken()),
    now: o.now,
  });

  const mutations = demoMutations(o, staffIds, deviceId);
  let done = 0;
  for (let i = 0; i < mutations.length; i += MAX_PUSH_MUTATIONS) {
    const batch = mutations.slice(i, i + MAX_PUSH_MUTATIONS);
    const { results } = await pushBatch(
      handle.db,
      { deviceId, storeId: store.id, sessionStaffId: null },
      batch,
      o.now,
      'zh-CN',
    );
    const refused = results.find((r) => r.status === 'rejected');
    if (refused) throw new Error(`demo data was refused: ${JSON.stringify(refused)}`);
    done += batch.length;
    o.onProgress?.(done, mutations.length);
  }
  const events = mutations.filter((m) => m.kind === 'event.record').length;
  return { storeName: store.name, members: mutations.length - events, events };
}

function demoMutations(o: DemoOptions, staffIds: readonly StaffId[], deviceId: DeviceId): Mutation[] {
  const r = seededRandom(o.seed);
  const today = new Date(o.now);
  const associates = staffIds.slice(1);
  const out: Mutation[] = [];
  let counter = 0;
  const hlc = (wall: number) => encodeHlc({ wall, counter: counter++ % 60_000, node: deviceId });
  for (let i = 0; i < o.members; i++) {
    const memberId = uuidv7() as MemberId;
    const owner = r.pick(associates);
    const createdAt = o.now - r.int(14, 3 * 365) * DAY;
    const fields = demoSignUp(r, i, owner, createdAt, today);
    out.push({
      id: uuidv7() as MutationId,
      deviceId,
      staffId: owner,
      hlc: hlc(createdAt),
      kind: 'member.create',
      entity: 'member',
      entityId: memberId,
      payload: { fields, createdAt },
    });
    const since = Math.max(createdAt, o.now - 365 * DAY);
    for (const event of demoEvents(r, {
      memberId,
      fields,
      staffIds: associates,
      since,
      now: o.now,
      newId: () => uuidv7() as EventId,
    }))
      out.push({
        id: uuidv7() as MutationId,
        deviceId,
        staffId: event.staffId,
        hlc: hlc(event.at),
        kind: 'event.record',
        entity: 'event',
        entityId: event.id,
        payload: event,
      });
  }
  return out;
}
