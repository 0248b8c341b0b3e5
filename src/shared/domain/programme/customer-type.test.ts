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

describe('customer type: rhythm and precedence', () => {
  const at = (daysAgo: number, qty = 2, extra = {}) =>
    purchase(NOW - daysAgo * DAY, [item(30_000, qty, extra)]);

  test('frequent means she still buys often: a spree long ago is not a rhythm', () => {
    const spree = [400, 390, 380].map((d) => at(d));
    expect(classifyCustomer(spree, ctx)).toBeNull();
    // Three purchases over the last 90 days: one per 30 days, just frequent.
    expect(
      classifyCustomer(
        [90, 60, 30].map((d) => at(d)),
        ctx,
      ),
    ).toEqual({
      id: 'frequent',
      reasons: ['days-between-purchases:30'],
    });
    expect(
      classifyCustomer(
        [91, 60, 30].map((d) => at(d)),
        ctx,
      ),
    ).toBeNull();
  });

  test('when several fit, promotion beats new arrival beats bulk beats frequent; all are reasons', () => {
    const both = { promotion: true, newArrival: true };
    expect(
      classifyCustomer(
        [20, 10, 1].map((d) => at(d, 5, both)),
        { ...ctx, styles: ['casual'] },
      ),
    ).toEqual({
      id: 'promotion',
      reasons: [
        'promotion-share:1.00',
        'new-arrival-share:1.00',
        'pieces-per-ticket:5.0',
        'days-between-purchases:7',
        'style:casual',
      ],
    });
    expect(
      classifyCustomer(
        [20, 10, 1].map((d) => at(d, 5, { newArrival: true })),
        ctx,
      )?.id,
    ).toBe('new-arrival');
    expect(
      classifyCustomer(
        [20, 10, 1].map((d) => at(d, 5)),
        ctx,
      )?.id,
    ).toBe('bulk');
  });

  test('exactly half on promotion is enough; just under is not', () => {
    const half = [60, 120, 180].map((d) =>
      purchase(NOW - d * DAY, [item(30_000, 1, { promotion: true }), item(30_000, 1)]),
    );
    expect(classifyCustomer(half, ctx)?.reasons[0]).toBe('promotion-share:0.50');
    const under = [
      ...half.slice(1),
      purchase(NOW - 60 * DAY, [item(30_000, 1, { promotion: true }), item(30_000, 2)]),
    ];
    expect(classifyCustomer(under, ctx)).toBeNull();
  });

  test('no store price, no high-price type', () => {
    const dear = [60, 120, 180].map((d) => purchase(NOW - d * DAY, [item(900_000)]));
    expect(classifyCustomer(dear, { now: NOW })?.id).toBe('single-item');
  });
});
