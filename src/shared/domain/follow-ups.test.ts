import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { MemberEvent } from '../schemas/event.schema';
import { EventId, MemberId, StaffId } from '../schemas/ids.schema';
import { followUpsOf } from './follow-ups';
import { openingPurchase } from './opening-balance';

const CHINA = 480;
const uuid = (n: number) => `00000000-0000-7000-8000-${n.toString().padStart(12, '0')}`;
const HER = MemberId.parse(uuid(1));
const OTHER = MemberId.parse(uuid(2));
const STAFF = StaffId.parse(uuid(3));
const eventId = (n: number) => EventId.parse(uuid(1000 + n));
/** Milliseconds at a Shanghai wall-clock time. */
const shanghai = (month: number, day: number, hour = 12, minute = 0) =>
  Date.UTC(2026, month - 1, day, hour, minute) - CHINA * 60_000;
const clockAt = (now: number) => ({ now, timeZoneOffsetMinutes: CHINA });

function purchase(n: number, at: number, memberId = HER): MemberEvent {
  return {
    id: eventId(n),
    memberId,
    staffId: STAFF,
    at,
    kind: 'purchase',
    payload: {
      items: [{ styleNo: 'W26-118', category: 'dresses', size: 'M', quantity: 1, unitPrice: 89_900 }],
      total: 89_900,
    },
  };
}

function contact(
  n: number,
  at: number,
  options: { followsUp?: number; purpose?: 'follow-up' | 'birthday'; memberId?: MemberId } = {},
): MemberEvent {
  return {
    id: eventId(n),
    memberId: options.memberId ?? HER,
    staffId: STAFF,
    at,
    kind: 'contact',
    payload: {
      channel: 'wechat',
      purpose: options.purpose ?? 'follow-up',
      ...(options.followsUp !== undefined && { followsUp: eventId(options.followsUp) }),
    },
  };
}

function voiding(n: number, target: number, at: number): MemberEvent {
  return {
    id: eventId(n),
    memberId: HER,
    staffId: STAFF,
    at,
    kind: 'void',
    payload: { targetId: eventId(target), reason: '录错' },
  };
}

const summary = (events: MemberEvent[], now: number, withinDays?: number) =>
  followUpsOf(events, clockAt(now), withinDays).map((f) => ({
    purchase: f.purchaseId,
    status: f.status,
    dueBy: f.dueBy,
    contact: f.contact?.id ?? null,
  }));

describe('followUpsOf', () => {
  test('an imported member’s opening purchase asks for no follow-up', () => {
    const opening = openingPurchase(
      { id: eventId(1), memberId: HER, staffId: STAFF },
      shanghai(3, 2, 10),
      500_000,
    );
    expect(summary([opening], shanghai(3, 5))).toEqual([]);
  });

  test('is due for seven days after the purchase day, overdue after', () => {
    const events = [purchase(1, shanghai(3, 2, 10))];
    const dueBy = { year: 2026, month: 3, day: 9 };
    expect(summary(events, shanghai(3, 5))).toEqual([
      { purchase: eventId(1), status: 'due', dueBy, contact: null },
    ]);
    expect(summary(events, shanghai(3, 9, 23, 59))[0]?.status).toBe('due');
    expect(summary(events, shanghai(3, 10, 0, 1))[0]?.status).toBe('overdue');
  });

  test('counts from the store local day of the purchase', () => {
    // 07:30 in Shanghai on March 2 is still March 1 in UTC.
    const [f] = followUpsOf([purchase(1, shanghai(3, 2, 7, 30))], clockAt(shanghai(3, 2)));
    expect(f?.dueBy).toEqual({ year: 2026, month: 3, day: 9 });
  });

  test('takes the number of days allowed', () => {
    const [f] = followUpsOf([purchase(1, shanghai(3, 2))], clockAt(shanghai(3, 6)), 3);
    expect(f?.dueBy).toEqual({ year: 2026, month: 3, day: 5 });
    expect(f?.status).toBe('overdue');
  });

  test('is done by a contact that names the purchase, even a late one', () => {
    const events = [
      purchase(1, shanghai(3, 2)),
      contact(2, shanghai(3, 20), { followsUp: 1, purpose: 'birthday' }),
    ];
    const [f] = followUpsOf(events, clockAt(shanghai(3, 21)));
    expect(f?.status).toBe('done');
    expect(f?.contact).toEqual({ id: eventId(2), at: shanghai(3, 20) });
  });

  test('is done by one follow-up contact for every purchase made before it', () => {
    const events = [purchase(1, shanghai(3, 2)), purchase(2, shanghai(3, 3)), contact(3, shanghai(3, 4))];
    expect(summary(events, shanghai(3, 5)).map((f) => [f.status, f.contact])).toEqual([
      ['done', eventId(3)],
      ['done', eventId(3)],
    ]);
  });

  test('two purchases on one day are both closed by one contact naming either', () => {
    const events = [
      purchase(1, shanghai(3, 2, 11)),
      purchase(2, shanghai(3, 2, 15)),
      contact(3, shanghai(3, 5), { followsUp: 1 }),
      ...[4, 5, 6, 7, 8, 9, 10, 11].map((n) => contact(n, shanghai(3, 6 + n))),
    ];
    expect(summary(events, shanghai(3, 30)).map((f) => [f.purchase, f.status, f.contact])).toEqual([
      [eventId(1), 'done', eventId(3)],
      [eventId(2), 'done', eventId(3)],
    ]);
  });

  test('leaves open a purchase made after the last contact', () => {
    const events = [
      purchase(1, shanghai(3, 2)),
      contact(2, shanghai(3, 3)),
      contact(3, shanghai(3, 4), { purpose: 'birthday' }),
      purchase(4, shanghai(3, 5)),
    ];
    expect(summary(events, shanghai(3, 6)).map((f) => [f.purchase, f.status])).toEqual([
      [eventId(1), 'done'],
      [eventId(4), 'due'],
    ]);
  });

  test('is not done by an unnamed contact before the purchase or with another purpose', () => {
    const events = [
      contact(1, shanghai(3, 1)),
      purchase(2, shanghai(3, 2)),
      contact(3, shanghai(3, 3), { purpose: 'birthday' }),
    ];
    expect(summary(events, shanghai(3, 4)).map((f) => f.status)).toEqual(['due']);
  });

  test('a contact naming another purchase with another purpose closes only that one', () => {
    const events = [
      purchase(1, shanghai(3, 2)),
      purchase(2, shanghai(3, 3)),
      contact(3, shanghai(3, 4), { followsUp: 2, purpose: 'birthday' }),
    ];
    expect(summary(events, shanghai(3, 6)).map((f) => [f.purchase, f.contact])).toEqual([
      [eventId(1), null],
      [eventId(2), eventId(3)],
    ]);
  });

  test('needs no follow-up for a voided purchase, and a voided contact closes nothing', () => {
    const events = [
      purchase(1, shanghai(3, 2)),
      voiding(2, 1, shanghai(3, 2, 13)),
      purchase(3, shanghai(3, 2, 14)),
      contact(4, shanghai(3, 3), { followsUp: 3 }),
      voiding(5, 4, shanghai(3, 3, 13)),
    ];
    expect(summary(events, shanghai(3, 4)).map((f) => [f.purchase, f.status])).toEqual([[eventId(3), 'due']]);
  });

  test('keeps members apart across the store, soonest due first', () => {
    const events = [
      purchase(1, shanghai(3, 5)),
      purchase(2, shanghai(3, 2), OTHER),
      contact(3, shanghai(3, 6)),
    ];
    expect(followUpsOf(events, clockAt(shanghai(3, 7))).map((f) => [f.memberId, f.status])).toEqual([
      [OTHER, 'due'],
      [HER, 'done'],
    ]);
  });

  test('gives every unvoided purchase one follow-up, closed only by a contact that answers it', () => {
    const eventArb = fc.array(
      fc.record({
        kind: fc.constantFrom('purchase', 'contact', 'void'),
        day: fc.integer({ min: 1, max: 28 }),
        ref: fc.option(fc.integer({ min: 0, max: 19 })),
      }),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(eventArb, (specs) => {
        const events = specs.map((s, i): MemberEvent => {
          const at = shanghai(3, s.day) + i;
          if (s.kind === 'purchase') return purchase(i, at);
          if (s.kind === 'void') return voiding(i, s.ref ?? 0, at);
          return contact(i, at, s.ref === null ? {} : { followsUp: s.ref });
        });
        const voided = new Set(events.flatMap((e) => (e.kind === 'void' ? [e.payload.targetId] : [])));
        const live = events.filter((e) => !voided.has(e.id));
        const followUps = followUpsOf(events, clockAt(shanghai(3, 31)));
        expect(followUps.map((f) => f.purchaseId).sort()).toEqual(
          live.flatMap((e) => (e.kind === 'purchase' ? [e.id] : [])).sort(),
        );
        for (const f of followUps) {
          expect(f.status === 'done').toBe(f.contact !== null);
          const closer = live.find((e) => e.id === f.contact?.id);
          if (!f.contact) continue;
          if (closer?.kind !== 'contact') throw new Error('closed by a voided or unknown event');
          if (closer.payload.followsUp !== f.purchaseId)
            expect(closer.at).toBeGreaterThanOrEqual(f.purchasedAt);
        }
      }),
    );
  });
});
