import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { clampHlc, decodeHlc, encodeHlc, hlcWall, receiveHlc, tickHlc, MAX_CLOCK_DRIFT_MS } from './hlc';

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

  test('clamps a clock far ahead of the server to the allowed drift', () => {
    const ahead = encodeHlc({ wall: 1_000_000 + 3 * 3_600_000, counter: 2, node: 'x' });
    expect(hlcWall(clampHlc(ahead, 1_000_000))).toBe(1_000_000 + MAX_CLOCK_DRIFT_MS);
    const fine = encodeHlc({ wall: 1_000_000, counter: 2, node: 'x' });
    expect(clampHlc(fine, 1_000_000)).toBe(fine);
  });
});
