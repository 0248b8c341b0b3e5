import { describe, expect, test } from 'vitest';
import { memberTasks } from './member-tasks';
import type { TaskKind } from './task';
import { contact, contextOn, eventId, HER, member, purchase, shanghai, visit, voidOf } from './test-tasks';

/** The ids of one kind's tasks, so the occasions that happen to be near do not crowd a test. */
const ids = (kind: TaskKind, ...args: Parameters<typeof memberTasks>) =>
  memberTasks(...args)
    .tasks.filter((t) => t.why.kind === kind)
    .map((t) => t.id);
const kindsOf = (...args: Parameters<typeof memberTasks>) =>
  memberTasks(...args).tasks.map((t) => t.why.kind);

describe('memberTasks: follow-up after a purchase', () => {
  test('a purchase on 31 January is followed up from that day, due 7 days later in February', () => {
    const [task] = memberTasks(member(), [purchase(1, shanghai(2026, 1, 31))], contextOn(2026, 2, 1)).tasks;
    expect(task).toMatchObject({
      id: `follow-up:${HER}:${eventId(1)}`,
      startsOn: { year: 2026, month: 1, day: 31 },
      dueOn: { year: 2026, month: 2, day: 7 },
      answered: false,
      why: { kind: 'follow-up', items: [{ category: 'dresses' }] },
    });
  });

  test('a purchase on 29 February is due on 7 March', () => {
    const [task] = memberTasks(member(), [purchase(1, shanghai(2028, 2, 29))], contextOn(2028, 3, 1)).tasks;
    expect(task?.dueOn).toEqual({ year: 2028, month: 3, day: 7 });
  });

  test('a voided purchase needs no follow-up', () => {
    const sale = purchase(1, shanghai(2026, 5, 3));
    expect(
      ids('follow-up', member(), [sale, voidOf(2, sale, shanghai(2026, 5, 3, 13))], contextOn(2026, 5, 4)),
    ).toEqual([]);
  });

  test('a follow-up contact after the sale answers it', () => {
    const events = [purchase(1, shanghai(2026, 5, 3)), contact(2, shanghai(2026, 5, 5), 'follow-up')];
    expect(memberTasks(member(), events, contextOn(2026, 5, 6)).tasks[0]?.answered).toBe(true);
  });

  test('an unanswered follow-up stays overdue for the kept days, then the occasion has passed', () => {
    const events = [purchase(1, shanghai(2026, 1, 1))];
    expect(ids('follow-up', member(), events, contextOn(2026, 2, 7))).toHaveLength(1);
    expect(ids('follow-up', member(), events, contextOn(2026, 2, 8))).toEqual([]);
  });

  test('a follow-up is a service message: offered without marketing consent', () => {
    expect(
      ids(
        'follow-up',
        member({ marketing: false }),
        [purchase(1, shanghai(2026, 5, 3))],
        contextOn(2026, 5, 3),
      ),
    ).toHaveLength(1);
  });
});

describe('memberTasks: birthday greeting', () => {
  test('a member with no birthday gets no greeting', () => {
    expect(ids('birthday', member({ birthday: null }), [], contextOn(2026, 3, 1))).toEqual([]);
  });

  test('a birthday on 1 March is greeted 3 days ahead, across the end of February', () => {
    const m = member({ birthday: { calendar: 'solar', month: 3, day: 1 } });
    expect(ids('birthday', m, [], contextOn(2026, 2, 25))).toEqual([]);
    const [task] = memberTasks(m, [], contextOn(2026, 2, 26)).tasks;
    expect(task).toMatchObject({
      id: `birthday:${HER}:2026-03-01`,
      dueOn: { year: 2026, month: 2, day: 26 },
    });
  });

  test('a 29 February birthday is greeted on 28 February in a common year', () => {
    const m = member({ birthday: { calendar: 'solar', month: 2, day: 29 } });
    expect(ids('birthday', m, [], contextOn(2027, 2, 25))).toEqual([`birthday:${HER}:2027-02-28`]);
    expect(ids('birthday', m, [], contextOn(2028, 2, 26))).toEqual([`birthday:${HER}:2028-02-29`]);
  });

  test('a lunar birthday falls on this year’s solar date of it', () => {
    const m = member({ birthday: { calendar: 'lunar', month: 8, day: 15 } });
    expect(ids('birthday', m, [], contextOn(2026, 9, 22))).toEqual([`birthday:${HER}:2026-09-25`]);
  });

  test('a birthday in a leap month (闰六月) falls in the leap month in 2025, in the ordinary one in 2026', () => {
    const m = member({ birthday: { calendar: 'lunar', month: 6, day: 10, leapMonth: true } });
    expect(ids('birthday', m, [], contextOn(2025, 7, 31))).toEqual([`birthday:${HER}:2025-08-03`]);
    expect(ids('birthday', m, [], contextOn(2026, 7, 20))).toEqual([`birthday:${HER}:2026-07-23`]);
  });

  test('a birthday contact made since it fell due answers it', () => {
    const m = member({ birthday: { calendar: 'solar', month: 6, day: 10 } });
    const greeted = memberTasks(m, [contact(1, shanghai(2026, 6, 8), 'birthday')], contextOn(2026, 6, 9));
    const early = memberTasks(m, [contact(1, shanghai(2026, 6, 6), 'birthday')], contextOn(2026, 6, 9));
    expect(greeted.tasks[0]?.answered).toBe(true);
    expect(early.tasks[0]?.answered).toBe(false);
  });
});

describe('memberTasks: holidays and seasons', () => {
  test('a greeting stays overdue until 2 days after its occasion, then it is gone', () => {
    expect(ids('season', member(), [], contextOn(2026, 8, 9))).toEqual([`season:${HER}:autumn:2026-08-07`]);
    expect(ids('season', member(), [], contextOn(2026, 8, 10))).toEqual([]);
  });

  test('Spring Festival 2025 falls in January, 2026 in February', () => {
    expect(ids('holiday', member(), [], contextOn(2025, 1, 27))).toEqual([
      `holiday:${HER}:spring-festival:2025-01-29`,
    ]);
    expect(ids('holiday', member(), [], contextOn(2026, 2, 15))).toEqual([
      `holiday:${HER}:spring-festival:2026-02-17`,
    ]);
  });

  test('Qixi (lunar 7/7) falls after the leap sixth month in 2025', () => {
    expect(ids('holiday', member(), [], contextOn(2025, 8, 27))).toEqual([`holiday:${HER}:qixi:2025-08-29`]);
  });

  test("Women's Day is a solar date, due 2 days ahead", () => {
    expect(ids('holiday', member(), [], contextOn(2026, 3, 5))).not.toContain(
      `holiday:${HER}:womens-day:2026-03-08`,
    );
    expect(ids('holiday', member(), [], contextOn(2026, 3, 6))).toContain(
      `holiday:${HER}:womens-day:2026-03-08`,
    );
  });

  test("a store's own lunar holiday on day 30 of a short month falls on day 29", () => {
    const eve = {
      id: 'chuxi',
      name: { zh: '除夕', en: "New Year's Eve" },
      calendar: 'lunar' as const,
      month: 12,
      day: 30,
    };
    const ctx = contextOn(2026, 2, 14, { holidays: [eve] });
    expect(ids('holiday', member(), [], ctx)).toEqual([`holiday:${HER}:chuxi:2026-02-16`]);
  });

  test('the change of season follows the solar term 立秋', () => {
    expect(ids('season', member(), [], contextOn(2026, 8, 6))).toEqual([`season:${HER}:autumn:2026-08-07`]);
  });

  test('without marketing consent no greeting is offered', () => {
    const m = member({ marketing: false, birthday: { calendar: 'solar', month: 2, day: 17 } });
    expect(kindsOf(m, [], contextOn(2026, 2, 15))).toEqual([]);
    expect(
      kindsOf(
        { ...m, fields: { ...m.fields, consent: { ...m.fields.consent, marketing: true } } },
        [],
        contextOn(2026, 2, 15),
      ),
    ).toEqual(['birthday', 'holiday']);
  });
});

describe('memberTasks: dormant members and lapsing cards', () => {
  const since2025 = (marketing = true) => member({ createdAt: shanghai(2025, 1, 1), marketing });
  const lastVisit = visit(1, shanghai(2025, 6, 1));

  test('"long time no see" falls due 90 idle days after her last visit', () => {
    expect(ids('dormant', since2025(), [lastVisit], contextOn(2025, 8, 29))).toEqual([]);
    const [task] = memberTasks(since2025(), [lastVisit], contextOn(2025, 9, 1)).tasks;
    expect(task).toMatchObject({ id: `dormant:${HER}:2025-06-01`, dueOn: { year: 2025, month: 8, day: 30 } });
  });

  test('a card 30 days from turning dead gets a reminder, offered without marketing consent too', () => {
    const ctx = contextOn(2026, 5, 10);
    expect(ids('card-lapse', since2025(), [lastVisit], ctx)).toEqual([`card-lapse:${HER}:2026-06-01`]);
    expect(ids('dormant', since2025(), [lastVisit], ctx)).toEqual([`dormant:${HER}:2025-06-01`]);
    expect(kindsOf(since2025(false), [lastVisit], ctx)).toEqual(['card-lapse']);
  });

  test('a voided visit does not keep her active', () => {
    const later = visit(2, shanghai(2025, 8, 1));
    const events = [lastVisit, later, voidOf(3, later, shanghai(2025, 8, 1, 13))];
    expect(ids('dormant', since2025(), events, contextOn(2025, 9, 1))).toEqual([`dormant:${HER}:2025-06-01`]);
  });

  test('a dead card gets no task', () => {
    expect(
      kindsOf(since2025(), [lastVisit], contextOn(2026, 6, 2)).filter(
        (k) => k === 'dormant' || k === 'card-lapse',
      ),
    ).toEqual([]);
  });
});

describe('memberTasks: the weekly contact cap', () => {
  test('counts her contacts of the last 7 days, today included', () => {
    const events = [
      contact(1, shanghai(2026, 5, 3), 'other'),
      contact(2, shanghai(2026, 5, 4), 'other'),
      contact(3, shanghai(2026, 5, 10), 'other'),
    ];
    expect(memberTasks(member(), events, contextOn(2026, 5, 10)).contactsThisWeek).toBe(2);
  });
});
