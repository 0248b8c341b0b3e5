import { describe, expect, test } from 'vitest';
import type { StaffId } from '../../schemas/ids.schema';
import { memberTasks } from './member-tasks';
import type { TaskStateFields } from '../task-state';
import { todaysTasks, withStates } from './task-list';
import {
  ASSOCIATE,
  contact,
  contextOn,
  eventId,
  HER,
  member,
  purchase,
  SELLER,
  shanghai,
  uuid,
} from './test-tasks';

const MANAGER_PICK = uuid(9) as StaffId;
const saved = (fields: Partial<TaskStateFields>): TaskStateFields => ({
  state: 'open',
  reason: null,
  byStaffId: ASSOCIATE,
  ownerStaffId: null,
  ...fields,
});
const followUpId = `follow-up:${HER}:${eventId(1)}`;
const birthdayOn = { calendar: 'solar' as const, month: 5, day: 6 };

describe('withStates', () => {
  const ctx = contextOn(2026, 5, 4);
  const events = [purchase(1, shanghai(2026, 5, 3))];

  test('her associate owns her tasks, whoever a manager picked', () => {
    const tasks = withStates(
      memberTasks(member(), events, ctx),
      new Map([[followUpId, saved({ ownerStaffId: MANAGER_PICK })]]),
      2,
    );
    expect(tasks.map((t) => t.ownerStaffId)).toEqual(tasks.map(() => ASSOCIATE));
  });

  test('without an associate, the manager’s pick; else the seller for a follow-up; else nobody', () => {
    const unowned = member({ owner: null, birthday: birthdayOn });
    const picked = withStates(
      memberTasks(unowned, events, ctx),
      new Map([[followUpId, saved({ ownerStaffId: MANAGER_PICK })]]),
      2,
    );
    expect(picked.find((t) => t.id === followUpId)?.ownerStaffId).toBe(MANAGER_PICK);
    const plain = withStates(memberTasks(unowned, events, ctx), new Map(), 2);
    expect(plain.find((t) => t.id === followUpId)?.ownerStaffId).toBe(SELLER);
    expect(plain.find((t) => t.why.kind === 'birthday')?.ownerStaffId).toBeNull();
  });

  test('a saved state applies; a contact answering the task makes it done', () => {
    const skipped = withStates(
      memberTasks(member(), events, ctx),
      new Map([[followUpId, saved({ state: 'skipped', reason: '出差' })]]),
      2,
    );
    expect(skipped[0]).toMatchObject({ state: 'skipped', reason: '出差' });
    const answered = [...events, contact(2, shanghai(2026, 5, 4), 'follow-up')];
    expect(withStates(memberTasks(member(), answered, ctx), new Map(), 2)[0]?.state).toBe('done');
  });

  test('reaching the weekly cap is flagged on every task of hers', () => {
    const twice = [
      ...events,
      contact(2, shanghai(2026, 5, 1), 'other'),
      contact(3, shanghai(2026, 5, 2), 'other'),
    ];
    const [task] = withStates(memberTasks(member(), twice, ctx), new Map(), 2);
    expect(task).toMatchObject({ contactsThisWeek: 2, capReached: true });
    expect(withStates(memberTasks(member(), twice, ctx), new Map(), 3)[0]?.capReached).toBe(false);
  });
});

describe('todaysTasks', () => {
  test('lists her open tasks already shown, overdue first; done, skipped and not yet due ones are left out', () => {
    const ctx = contextOn(2026, 5, 4);
    const her = memberTasks(
      member({ birthday: birthdayOn }),
      [
        purchase(1, shanghai(2026, 4, 20)),
        purchase(2, shanghai(2026, 5, 4)),
        purchase(3, shanghai(2026, 5, 1)),
      ],
      ctx,
    );
    const states = new Map([[`follow-up:${HER}:${eventId(3)}`, saved({ state: 'done' })]]);
    // 立夏 (5 May) is near too; its greeting is left out of the comparison.
    const list = todaysTasks([her], states, ASSOCIATE, ctx.today, 2).filter((t) => t.why.kind !== 'season');
    expect(list.map((t) => t.id)).toEqual([
      `follow-up:${HER}:${eventId(1)}`,
      `birthday:${HER}:2026-05-06`,
      `follow-up:${HER}:${eventId(2)}`,
    ]);
    expect(todaysTasks([her], states, MANAGER_PICK, ctx.today, 2)).toEqual([]);
    expect(todaysTasks([her], states, ASSOCIATE, contextOn(2026, 4, 19).today, 2)).toEqual([]);
  });
});
