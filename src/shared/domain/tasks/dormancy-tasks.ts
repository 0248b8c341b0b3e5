import { addDays, calendarDayOf } from '../calendar-day';
import { cardsAboutToLapse, idleDays } from '../dormancy';
import type { MemberEvent } from '../../schemas/event.schema';
import type { MemberId } from '../../schemas/ids.schema';
import type { RuleTask } from './task';
import type { TaskContext } from './task-context';
import { answeredSince, type ContactDay } from './contacts';
import { isoDay, taskId } from './task-id';

/*
 * One "long time no see" per absence, from the day she turns dormant until her card is dead, and
 * one reminder in the last days before it turns dead (即将成为无效卡). Both are named by the day she
 * was last seen, so coming back and going quiet again makes new ones. A dead card gets no task:
 * it is on the managers' drifting-away list.
 */
export function dormancyTasks(
  memberId: MemberId,
  createdAt: number,
  live: readonly MemberEvent[],
  contacts: readonly ContactDay[],
  ctx: TaskContext,
): RuleTask[] {
  const { clock, rules, config } = ctx;
  const { dormantAfterDays, deadAfterDays } = rules.dormancy;
  const activity = { lastVisitAt: lastSeenAt(live), createdAt };
  const idle = idleDays(activity, clock);
  if (idle < dormantAfterDays || idle >= deadAfterDays) return [];
  const lastSeen = calendarDayOf(Math.max(activity.lastVisitAt, createdAt), clock.timeZoneOffsetMinutes);
  const dormantOn = addDays(lastSeen, dormantAfterDays);
  const tasks: RuleTask[] = [
    {
      id: taskId('dormant', memberId, isoDay(lastSeen)),
      memberId,
      why: { kind: 'dormant', lastSeen, idleDays: idle },
      startsOn: dormantOn,
      dueOn: dormantOn,
      answered: answeredSince(contacts, 'dormant', dormantOn),
    },
  ];
  for (const { deadOn, daysLeft } of cardsAboutToLapse(
    [activity],
    clock,
    rules.dormancy,
    config.lapseNoticeDays,
  )) {
    const noticeOn = addDays(deadOn, -config.lapseNoticeDays);
    tasks.push({
      id: taskId('card-lapse', memberId, isoDay(deadOn)),
      memberId,
      why: { kind: 'card-lapse', deadOn, daysLeft },
      startsOn: noticeOn,
      dueOn: noticeOn,
      answered: answeredSince(contacts, 'dormant', noticeOn),
    });
  }
  return tasks;
}

/** Her latest visit or purchase that stands (of liveEvents); 0 when none: the tablet's lastVisitAt. */
function lastSeenAt(live: readonly MemberEvent[]): number {
  let last = 0;
  for (const e of live) if ((e.kind === 'visit' || e.kind === 'purchase') && e.at > last) last = e.at;
  return last;
}
