import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { encodeHlc } from '../sync/hlc';
import { applyFieldEdit, emptyFieldRecord, type FieldRecord } from './field-record';

interface F {
  a: number;
  b: string;
  c: boolean;
}

// Distinct clocks, as the server admits them (decision 0010): no two edits share one.
const edits = fc
  .uniqueArray(
    fc.record({
      wall: fc.integer({ min: 0, max: 50 }),
      counter: fc.nat({ max: 3 }),
      node: fc.constantFrom('t1', 't2', 'server:pos'),
      edit: fc.record({ a: fc.integer(), b: fc.string(), c: fc.boolean() }, { requiredKeys: [] }),
    }),
    { selector: (e) => `${e.wall}/${e.counter}/${e.node}`, maxLength: 12 },
  )
  .map((list) => list.map((e) => ({ hlc: encodeHlc(e), edit: e.edit })));

const applyAll = (list: readonly { hlc: string; edit: Partial<F> }[]) =>
  list.reduce<FieldRecord<F>>(
    (r, e) => applyFieldEdit<Partial<F>, FieldRecord<F>>(r, e.edit, e.hlc),
    emptyFieldRecord<F>('k'),
  );

describe('applyFieldEdit', () => {
  test('any order of the same edits gives the same record', () => {
    fc.assert(
      fc.property(
        edits.chain((list) =>
          fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
        ),
        ([list, shuffled]) => {
          expect(applyAll(shuffled)).toEqual(applyAll(list));
        },
      ),
    );
  });

  test('each field holds the value of its latest-clocked edit, and an edit applied twice changes nothing', () => {
    fc.assert(
      fc.property(edits, (list) => {
        const record = applyAll(list);
        for (const key of ['a', 'b', 'c'] as const) {
          const latest = list
            .filter((e) => key in e.edit)
            .sort((x, y) => (x.hlc < y.hlc ? -1 : 1))
            .at(-1);
          expect(record.fields[key]).toEqual(latest?.edit[key]);
          expect(record.clocks[key]).toEqual(latest?.hlc);
        }
        for (const e of list)
          expect(applyFieldEdit<Partial<F>, FieldRecord<F>>(record, e.edit, e.hlc)).toBe(record);
      }),
    );
  });
});
