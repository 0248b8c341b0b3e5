import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { abcClasses } from './abc-class';

describe('ABC classes, relative to the store', () => {
  test('A spends much and often, B one of the two, C neither', () => {
    const classes = abcClasses([
      { id: 'a', spend: 900_000, tickets: 9 },
      { id: 'b-spend', spend: 700_000, tickets: 1 },
      { id: 'b-often', spend: 30_000, tickets: 8 },
      { id: 'c', spend: 20_000, tickets: 1 },
      { id: 'none', spend: 0, tickets: 0 },
    ]);
    expect(Object.fromEntries(classes)).toEqual({
      a: 'A',
      'b-spend': 'B',
      'b-often': 'B',
      c: 'C',
      none: 'C',
    });
  });

  test('equal spenders land on the same side, and buying once is never often', () => {
    const classes = abcClasses(
      ['a', 'b', 'c', 'd', 'e'].map((id, i) => ({ id, spend: 100, tickets: [1, 1, 1, 2, 5][i] ?? 1 })),
    );
    expect(Object.fromEntries(classes)).toEqual({ a: 'B', b: 'B', c: 'B', d: 'A', e: 'A' });
  });

  test('an empty store, and every member classed exactly once whatever the order', () => {
    expect(abcClasses([]).size).toBe(0);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ id: fc.string(), spend: fc.nat(), tickets: fc.nat({ max: 50 }) }), {
          selector: (r) => r.id,
        }),
        (rows) => {
          const classes = abcClasses(rows);
          expect(classes.size).toBe(rows.length);
          expect(abcClasses([...rows].reverse())).toEqual(classes);
        },
      ),
    );
  });
});
