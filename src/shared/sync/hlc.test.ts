import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { admitHlc, decodeHlc, encodeHlc, hlcWall, receiveHlc, tickHlc, MAX_CLOCK_DRIFT_MS } from './hlc';

const hlcArb = fc.record({
  wall: fc.integer({ min: 0, max: 4_000_000_000_000 }),
  counter: fc.integer({ min: 0, max: 99_999 }),
  node: fc.stringMatching(/^[a-f0-9-]{1,36}$/),
});

describe('hlc', () => {
  test('encodes so that string order is clock order', () => {
    fc.assert(
      fc.property(hlcArb, hlcArb, (a, b) => {
        const byClock =
          a.wall - b.wall || a.counter - b.counter || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0);
        const ea = encodeHlc(a);
        const eb = encodeHlc(b);
        const byString = ea < eb ? -1 : ea > eb ? 1 : 0;
        expect(Math.sign(byString)).toBe(Math.sign(byClock));
      }),
    );
  });

  test('round-trips through its encoding', () => {
    fc.assert(
      fc.property(hlcArb, (h) => {
        expect(decodeHlc(encodeHlc(h))).toEqual(h);
      }),
    );
  });

  test('tick always moves forward, even when the wall clock goes back', () => {
    fc.assert(
      fc.property(hlcArb, fc.integer({ min: 0, max: 4_000_000_000_000 }), (h, now) => {
        expect(encodeHlc(tickHlc(h, now)) > encodeHlc(h)).toBe(true);
      }),
    );
  });

  test('after receiving a remote clock, the next tick orders after it although the local wall clock is hours behind', () => {
    const remote = { wall: 10 * 3_600_000, counter: 3, node: 'b' };
    const local = { wall: 7 * 3_600_000, counter: 0, node: 'a' };
    const merged = receiveHlc(local, remote, 7 * 3_600_000 + 5);
    expect(encodeHlc(tickHlc(merged, 7 * 3_600_000 + 6)) > encodeHlc(remote)).toBe(true);
  });

  test('keeps a clock within the drift limit as it came', () => {
    const fine = encodeHlc({ wall: 1_000_000 + MAX_CLOCK_DRIFT_MS, counter: 2, node: 'x' });
    expect(admitHlc(fine, '', 1_000_000)).toEqual({ hlc: fine, store: fine });
  });

  test('gives two changes of one batch from a clock a day ahead two clocks, in their order, at the drift limit', () => {
    const now = 1_000_000;
    const made = [0, 1].map((counter) => encodeHlc({ wall: now + 86_400_000, counter, node: 'x' }));
    const first = admitHlc(made[0]!, '', now);
    const second = admitHlc(made[1]!, first.store, now);
    expect(hlcWall(first.hlc)).toBe(now + MAX_CLOCK_DRIFT_MS);
    expect(second.hlc > first.hlc).toBe(true);
    expect(decodeHlc(second.hlc).node).toBe('x');
  });

  test('admitted clocks are all different and keep each tablet’s order, whatever the tablets’ clocks say', () => {
    const DAY = 86_400_000;
    // Each tablet makes changes with an HLC on its own skewed clock; the server admits them in an
    // arrival order that keeps each tablet's order (an outbox is pushed in order).
    const change = fc.record({ tablet: fc.nat({ max: 3 }), step: fc.integer({ min: 0, max: 600_000 }) });
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -DAY, max: DAY }), { minLength: 4, maxLength: 4 }),
        fc.array(change, { minLength: 1, maxLength: 60 }),
        (skews, changes) => {
          let serverNow = 1_800_000_000_000;
          let store = '';
          const last = skews.map((_, i) => ({ wall: 0, counter: 0, node: `t${i}` }));
          const admitted: { tablet: number; hlc: string }[] = [];
          for (const c of changes) {
            serverNow += c.step;
            const clock = tickHlc(last[c.tablet]!, serverNow + skews[c.tablet]!);
            last[c.tablet] = clock;
            const next = admitHlc(encodeHlc(clock), store, serverNow);
            store = next.store;
            admitted.push({ tablet: c.tablet, hlc: next.hlc });
          }
          expect(new Set(admitted.map((a) => a.hlc)).size).toBe(admitted.length);
          for (let t = 0; t < 4; t++) {
            const mine = admitted.filter((a) => a.tablet === t).map((a) => a.hlc);
            expect(mine).toEqual([...mine].sort());
          }
          for (const a of admitted) expect(store >= a.hlc).toBe(true);
        },
      ),
    );
  });
});
