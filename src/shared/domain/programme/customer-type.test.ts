import { describe, expect, test } from 'vitest';
import { classifyCustomer } from './customer-type';
import { DAY, NOW, item, purchase } from './test-events';

const ctx = { now: NOW, storeAverageUnitPrice: 50_000 };

describe('customer type after three purchases', () => {
  test('three purchases on one day are not frequent', () => {
    const sameDay = [0, 1, 2].map((i) => purchase(NOW - i * 60_000, [item(30_000, 2)]));
    expect(classifyCustomer(sameDay, ctx)).toBeNull();
  });

  test('none below three purchases', () => {
    expect(classifyCustomer([purchase(NOW, [item(1)]), purchase(NOW, [item(1)])], ctx)).toBeNull();
  });

  test('each type from its own signal, with the reasons kept', () => {
    const spaced = (n: number, gap: number, make: (at: number) => ReturnType<typeof purchase>) =>
      Array.from({ length: n }, (_, i) => make(NOW - i * gap * DAY));
    expect(
      classifyCustomer(
        spaced(3, 60, (at) => purchase(at, [item(30_000, 1, { newArrival: true })])),
        ctx,
      )?.id,
    ).toBe('new-arrival');
    expect(
      classifyCustomer(
        spaced(3, 60, (at) => purchase(at, [item(200_000)])),
        ctx,
      ),
    ).toEqual({
      id: 'high-price',
      reasons: ['unit-price-ratio:4.00', 'pieces-per-ticket:1.0'],
    });
    expect(
      classifyCustomer(
        spaced(3, 60, (at) => purchase(at, [item(30_000, 5)])),
        ctx,
      )?.id,
    ).toBe('bulk');
    expect(
      classifyCustomer(
        spaced(4, 10, (at) => purchase(at, [item(30_000, 2)])),
        ctx,
      )?.id,
    ).toBe('frequent');
    expect(
      classifyCustomer(
        spaced(3, 60, (at) => purchase(at, [item(30_000)])),
        ctx,
      )?.id,
    ).toBe('single-item');
    expect(
      classifyCustomer(
        spaced(3, 60, (at) => purchase(at, [item(30_000, 2)])),
        { ...ctx, styles: ['casual'] },
      )?.id,
    ).toBe('casual-style');
    expect(
      classifyCustomer(
        spaced(3, 60, (at) => purchase(at, [item(30_000, 2)])),
        ctx,
      ),
    ).toBeNull();
  });
});
