import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { countsByReceiver, shareOutEvenly } from './share-out';

const roster = fc.uniqueArray(fc.uuid(), { maxLength: 300 });
const receivers = fc.uniqueArray(fc.constantFrom('李娜', '周婷', '吴佳', '郑欣', '孙悦'), {
  minLength: 1,
  maxLength: 5,
});

describe('shareOutEvenly', () => {
  test('moves every member exactly once, to one of the receivers', () => {
    fc.assert(
      fc.property(roster, receivers, (members, to) => {
        const moves = shareOutEvenly(members, to);
        expect(moves.map((m) => m.member)).toEqual(members);
        for (const m of moves) expect(to).toContain(m.to);
      }),
    );
  });

  test('gives no receiver more than one member above any other', () => {
    fc.assert(
      fc.property(roster, receivers, (members, to) => {
        const counts = countsByReceiver(shareOutEvenly(members, to), to);
        expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
        expect(counts.reduce((a, b) => a + b, 0)).toBe(members.length);
      }),
    );
  });

  test('splits the same roster the same way every time', () => {
    fc.assert(
      fc.property(roster, receivers, (members, to) => {
        expect(shareOutEvenly([...members], [...to])).toEqual(shareOutEvenly(members, to));
      }),
    );
  });

  test('gives the extra members to the receivers named first', () => {
    expect(countsByReceiver(shareOutEvenly(['a', 'b', 'c', 'd', 'e'], ['x', 'y']), ['x', 'y'])).toEqual([
      3, 2,
    ]);
  });

  test('moves nobody when there is no one to receive', () => {
    expect(shareOutEvenly(['a', 'b'], [])).toEqual([]);
  });
});
