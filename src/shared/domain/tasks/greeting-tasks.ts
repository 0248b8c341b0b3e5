import { nextBirthday } from '../birthday';
import { addDays, daysUntil } from '../calendar-day';
import type { Birthday } from '../../schemas/member.schema';
import type { MemberId } from '../../schemas/ids.schema';
import type { Occasion } from './occasions';
import type { RuleTask } from './task';
import type { TaskContext } from './task-context';
import { answeredSince, type ContactDay } from './contacts';
import { isoDay, taskId } from './task-id';

/*
 * Greetings: wishes only, due some days ahead of the occasion, shown until done or skipped or
 * until the occasion has passed by the greeting's kept days. A lunar birthday is greeted on this year's solar date of it.
 */

export function birthdayTask(
  memberId: MemberId,
  birthday: Birthday | null,
  contacts: readonly ContactDay[],
  ctx: TaskContext,
): RuleTask[] {
  if (!birthday) return [];
  const ahead = ctx.config.birthdayDaysAhead;
  const on = nextBirthday(birthday, addDays(ctx.today, -ctx.config.greetingKeptDays));
  if (daysUntil(on, addDays(ctx.today, ahead)) < 0) return [];
  const dueOn = addDays(on, -ahead);
  return [
    {
      id: taskId('birthday', memberId, isoDay(on)),
      memberId,
      why: { kind: 'birthday', on, lunar: birthday.calendar === 'lunar' },
      startsOn: dueOn,
      dueOn,
      answered: answeredSince(contacts, 'birthday', dueOn),
    },
  ];
}

export function holidayTasks(
  memberId: MemberId,
  contacts: readonly ContactDay[],
  ctx: TaskContext,
): RuleTask[] {
  return ctx.holidays.map((h) => {
    const dueOn = addDays(h.on, -ctx.config.holidayDaysAhead);
    return {
      id: taskId('holiday', memberId, h.id, isoDay(h.on)),
      memberId,
      why: { kind: 'holiday', holidayId: h.id, name: h.name, on: h.on },
      startsOn: dueOn,
      dueOn,
      answered: answeredSince(contacts, 'holiday', dueOn),
    };
  });
}

export function seasonTasks(
  memberId: MemberId,
  contacts: readonly ContactDay[],
  ctx: TaskContext,
): RuleTask[] {
  return ctx.seasons.map((s: Occasion) => {
    const dueOn = addDays(s.on, -ctx.config.seasonDaysAhead);
    return {
      id: taskId('season', memberId, s.id, isoDay(s.on)),
      memberId,
      why: { kind: 'season', name: s.name, on: s.on },
      startsOn: dueOn,
      dueOn,
      answered: answeredSince(contacts, 'season', dueOn),
    };
  });
}
