import {
  decodeHlc,
  encodeHlc,
  HLC_PATTERN,
  MAX_CLOCK_DRIFT_MS,
  receiveHlc,
  tickHlc,
  type Hlc,
} from '../../shared/sync/hlc';
import type { StaffRoster } from '../../shared/schemas/security.schema';
import type { FloorbookDb } from './floorbook-db';
import { isPinFailures, isStaffRoster, type PinFailures } from './access-guards';

/** What the tablet remembers about itself and its sync, one meta row each. */
export interface MetaValues {
  /** The server's pull cursor after the last stored page; absent before the first download. */
  cursor: string;
  /** The change number the last stored page reached (its span's `to`), stored with the cursor. */
  pulledTo: number;
  /** The store's change number after this tablet's last push: a pull must reach it. */
  pushedTo: number;
  /** This tablet's hybrid logical clock, encoded. */
  hlc: string;
  /** Server time minus tablet time, ms: added to Date.now() wherever a clock is read. */
  serverOffset: number;
  /** Which store and device the local data belongs to; other data is wiped before syncing. */
  enrolment: { storeId: string; deviceId: string };
  lastSyncedAt: number;
  /** The answer to navigator.storage.persist(). */
  persisted: boolean;
  /** Set when the local copy may be wrong in ways a pull after the cursor cannot fix. */
  resyncNeeded: boolean;
  /** Who works in the store and the lock rules, as GET /api/staff last answered (decision 0008). */
  staffRoster: StaffRoster;
  /** When the server last answered this tablet, tablet time, ms: past the policy's hours it turns read-only. */
  lastContactAt: number;
  /** Wrong PINs typed on this tablet, per staff member and for the device, so a reload does not forget them. */
  pinFailures: PinFailures;
}
export type MetaKey = keyof MetaValues;

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

// Checked on every read: a value from an older release or a damaged row reads as absent
// rather than breaking sync.
const GUARDS: { [K in MetaKey]: (v: unknown) => boolean } = {
  cursor: (v) => typeof v === 'string',
  pulledTo: isNumber,
  pushedTo: isNumber,
  hlc: (v) => typeof v === 'string' && HLC_PATTERN.test(v),
  serverOffset: isNumber,
  enrolment: (v) => isRecord(v) && typeof v.storeId === 'string' && typeof v.deviceId === 'string',
  lastSyncedAt: isNumber,
  persisted: (v) => typeof v === 'boolean',
  resyncNeeded: (v) => typeof v === 'boolean',
  staffRoster: isStaffRoster,
  lastContactAt: isNumber,
  pinFailures: isPinFailures,
};

export async function readMeta<K extends MetaKey>(
  db: FloorbookDb,
  key: K,
): Promise<MetaValues[K] | undefined> {
  const row = await db.meta.get(key);
  return row && GUARDS[key](row.value) ? (row.value as MetaValues[K]) : undefined;
}

export async function writeMeta<K extends MetaKey>(
  db: FloorbookDb,
  key: K,
  value: MetaValues[K],
): Promise<void> {
  await db.meta.put({ key, value });
}

async function readHlc(db: FloorbookDb, deviceId: string): Promise<Hlc> {
  const stored = await readMeta(db, 'hlc');
  const hlc = stored === undefined ? { wall: 0, counter: 0, node: deviceId } : decodeHlc(stored);
  return hlc.node === deviceId ? hlc : { ...hlc, node: deviceId };
}

/** Tablet time corrected by the last known offset to server time. */
export async function correctedNow(db: FloorbookDb, tabletNow: number): Promise<number> {
  return tabletNow + ((await readMeta(db, 'serverOffset')) ?? 0);
}

/** Tick the clock for a local change; call inside the change's transaction. */
export async function tickClock(
  db: FloorbookDb,
  deviceId: string,
  tabletNow: number,
): Promise<{ hlc: string; now: number }> {
  const now = await correctedNow(db, tabletNow);
  const hlc = encodeHlc(tickHlc(await readHlc(db, deviceId), now));
  await writeMeta(db, 'hlc', hlc);
  return { hlc, now };
}

/** Merge a clock seen elsewhere (server time, a pulled field clock) so later local changes order after it. */
export async function receiveClock(
  db: FloorbookDb,
  deviceId: string,
  remote: string | number,
  tabletNow: number,
): Promise<void> {
  const seen = typeof remote === 'number' ? { wall: remote, counter: 0, node: '' } : decodeHlc(remote);
  const now = await correctedNow(db, tabletNow);
  await writeMeta(db, 'hlc', encodeHlc(receiveHlc(await readHlc(db, deviceId), seen, now)));
}

/**
 * Bring back a clock that ran past the server's drift limit (a tablet clock set ahead, or used
 * before its first sync), once nothing waits to be pushed (decision 0010). Until then the server
 * gives its changes clocks of its own; after, they carry honest clocks again. The clock moves to
 * just past the limit, above any clock the server can have given this tablet's changes, so its
 * own order still holds. Call inside a transaction that covers the outbox.
 */
export async function bringClockBack(db: FloorbookDb, deviceId: string, serverTime: number): Promise<void> {
  const limit = serverTime + MAX_CLOCK_DRIFT_MS;
  const hlc = await readHlc(db, deviceId);
  if (hlc.wall <= limit || (await db.outbox.count()) > 0) return;
  await writeMeta(db, 'hlc', encodeHlc({ wall: limit + 1, counter: 0, node: deviceId }));
}
