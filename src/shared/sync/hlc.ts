/**
 * Hybrid logical clock: wall time, a counter, and the device id as tie-breaker.
 * Encoded as a fixed-width string so that string order is clock order.
 *   "000001732000000000:00000:<deviceId>"
 */
export interface Hlc {
  readonly wall: number;
  readonly counter: number;
  readonly node: string;
}

const WALL_WIDTH = 15;
const COUNTER_WIDTH = 5;
const MAX_COUNTER = 99_999;

export function encodeHlc(h: Hlc): string {
  return `${String(h.wall).padStart(WALL_WIDTH, '0')}:${String(h.counter).padStart(COUNTER_WIDTH, '0')}:${h.node}`;
}

export function decodeHlc(s: string): Hlc {
  const [wall, counter, ...node] = s.split(':');
  return { wall: Number(wall), counter: Number(counter), node: node.join(':') };
}

export function hlcWall(s: string): number {
  return Number(s.slice(0, WALL_WIDTH));
}

export const HLC_PATTERN = /^\d{15}:\d{5}:.{1,64}$/;

/**
 * Advance a clock for a local event. `now` is the corrected wall time (tablet time
 * plus the offset to server time), so a tablet whose clock is hours off still
 * orders its edits after the ones it has seen.
 */
export function tickHlc(last: Hlc, now: number): Hlc {
  if (now > last.wall) return { wall: now, counter: 0, node: last.node };
  if (last.counter >= MAX_COUNTER) return { wall: last.wall + 1, counter: 0, node: last.node };
  return { wall: last.wall, counter: last.counter + 1, node: last.node };
}

/** Merge a clock seen from elsewhere so later local edits order after it. */
export function receiveHlc(last: Hlc, remote: Hlc, now: number): Hlc {
  const wall = Math.max(last.wall, remote.wall, now);
  let counter = 0;
  if (wall === last.wall && wall === remote.wall) counter = Math.max(last.counter, remote.counter) + 1;
  else if (wall === last.wall) counter = last.counter + 1;
  else if (wall === remote.wall) counter = remote.counter + 1;
  if (counter > MAX_COUNTER) return { wall: wall + 1, counter: 0, node: last.node };
  return { wall, counter, node: last.node };
}

/**
 * The server refuses to let a clock run ahead of its own by more than this, so one
 * tablet with a clock set days ahead cannot win every future conflict.
 */
export const MAX_CLOCK_DRIFT_MS = 5 * 60 * 1000;

/** What a mutation's clock becomes on the server, and the store's clock after it. */
export interface AdmittedHlc {
  /** The clock the mutation is applied with. */
  hlc: string;
  /** The highest clock the store has applied: every clock the server assigns is above it. */
  store: string;
}

/**
 * Admit a tablet's clock into the store's order (decision 0010). A clock within the drift limit
 * is kept as it came. One beyond it is not cut to the limit (two changes of one batch would then
 * share a clock, and the second would lose to the first): it takes the store's next clock, strictly
 * above every clock the store has applied, with the tablet's own node. Changes of one tablet arrive
 * in the order it made them, so they keep that order, and no two admitted clocks are ever equal.
 */
export function admitHlc(raw: string, storeClock: string, serverNow: number): AdmittedHlc {
  const limit = serverNow + MAX_CLOCK_DRIFT_MS;
  if (hlcWall(raw) <= limit) return { hlc: raw, store: raw > storeClock ? raw : storeClock };
  const last = storeClock === '' ? { wall: 0, counter: 0, node: '' } : decodeHlc(storeClock);
  const hlc = encodeHlc({ ...tickHlc(last, limit), node: decodeHlc(raw).node });
  return { hlc, store: hlc };
}

/** The node of an encoded clock: the device that made it. */
export function hlcNode(s: string): string {
  return decodeHlc(s).node;
}
