import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { purchaseTotal } from './purchase-total';

const item = fc.record({
  quantity: fc.integer({ min: 1, max: 99 }),
  unitPrice: fc.integer({ min: 0, max: 100_000_000 }),
});
const items = fc.array(item, { maxLength: 50 });

describe('purchaseTotal', () => {
  test('sums quantity × unit price in fen', () => {
    expect(purchaseTotal([])).toBe(0);
    expect(
      purchaseTotal([
        { quantity: 2, unitPrice: 39_900 },
        { quantity: 1, unitPrice: 12_050 },
      ]),
    ).toBe(91_850);
  });

  test('is a whole number of fen however the items are ordered or split across tickets', () => {
    fc.assert(
      fc.property(items, items, (a, b) => {
        const total = purchaseTotal([...a, ...b]);
        expect(Number.isSafeInteger(total)).toBe(true);
        expect(total).toBe(purchaseTotal(a) + purchaseTotal(b));
        expect(purchaseTotal([...b, ...a])).toBe(total);
      }),
    );
  });

  test('n pieces of one style on one line cost what n lines of one piece cost', () => {
    fc.assert(
      fc.property(item, ({ quantity, unitPrice }) => {
        const lines = Array.from({ length: quantity }, () => ({ quantity: 1, unitPrice }));
        expect(purchaseTotal([{ quantity, unitPrice }])).toBe(purchaseTotal(lines));
      }),
    );
  });
});
