import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { MemberEvent } from '../../schemas/event.schema';
import type { MemberId } from '../../schemas/ids.schema';
import { createTaskBook } from './task-book';
import { ASSOCIATE, contact, contextOn, member, purchase, shanghai, uuid, visit, voidOf } from './test-tasks';

const MEMBERS = [uuid(1), uuid(2), uuid(3)] as MemberId[];
const DAY = 86_400_000;

/** A store's events over the year before 10 May 2026: sales, visits, contacts and voids of earlier ones. */
const storeEvents = fc
  .array(
    fc.record({
      kind: fc.constantFrom('purchase', 'visit', 'contact', 'void'),
      member: fc.constantFrom(...MEMBERS),
      daysAgo: fc.integer({ min: 0, max: 400 }),
      purpose: fc.constantFrom(
        'follow-up' as const,
        'birthday' as const,
        'dormant' as const,
        'other' as const,
      ),
      target: fc.nat(),
    }),
    { maxLength: 30 },
  )
  .map((specs) => {
    const events: MemberEvent[] = [];
    specs.forEach((s, i) => {
      const at = shanghai(2026, 5, 10) - s.daysAgo * DAY;
      if (s.kind === 'purchase') events.push(purchase(i, at, s.member));
      else if (s.kind === 'visit') events.push(visit(i, at, s.member));
      else if (s.kind === 'contact') events.push(contact(i, at, s.purpose, s.member));
      else if (events.length > 0) {
        const target = events[s.target % events.length];
        if (target) events.push(voidOf(i, target, target.at + 1));
      }
    });
    return events;
  });

function tabletTasks(events: readonly MemberEvent[]) {
  const book = createTaskBook(contextOn(2026, 5, 10));
  MEMBERS.forEach((id, i) =>
    book.put(
      member({
        id,
        birthday: { calendar: i === 0 ? 'lunar' : 'solar', month: 5, day: 12 + i },
        createdAt: shanghai(2025, 1, 1),
      }),
      events.filter((e) => e.memberId === id),
    ),
  );
  return book.today(ASSOCIATE, new Map());
}

describe('task ids', () => {
  test('two tablets given the same events in any order make the same tasks with the same ids', () => {
    fc.assert(
      fc.property(
        storeEvents.chain((events) =>
          fc.tuple(fc.constant(events), fc.shuffledSubarray(events, { minLength: events.length })),
        ),
        ([inOrder, shuffled]) => {
          expect(tabletTasks(shuffled)).toEqual(tabletTasks(inOrder));
        },
      ),
      { numRuns: 200 },
    );
  });

  test('a book updated member by member lists what a book computed afresh lists', () => {
    fc.assert(
      fc.property(storeEvents, fc.nat(), (events, cut) => {
        const ctx = contextOn(2026, 5, 10);
        const states = new Map();
        const earlier = events.slice(0, cut % (events.length + 1));
        const book = createTaskBook(ctx);
        const put = (list: readonly MemberEvent[], id: MemberId) =>
          book.put(
            member({ id, createdAt: shanghai(2025, 1, 1) }),
            list.filter((e) => e.memberId === id),
          );
        MEMBERS.forEach((id) => put(earlier, id));
        book.today(ASSOCIATE, states);
        MEMBERS.forEach((id) => put(events, id));
        const fresh = createTaskBook(ctx);
        MEMBERS.forEach((id) =>
          fresh.put(
            member({ id, createdAt: shanghai(2025, 1, 1) }),
            events.filter((e) => e.memberId === id),
          ),
        );
        expect(book.today(ASSOCIATE, states)).toEqual(fresh.today(ASSOCIATE, states));
      }),
    );
  });

  test('ids are unique and fit the task-state key', () => {
    fc.assert(
      fc.property(storeEvents, (events) => {
        const ids = tabletTasks(events).map((t) => t.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9:_./-]{1,200}$/);
      }),
    );
  });
});
