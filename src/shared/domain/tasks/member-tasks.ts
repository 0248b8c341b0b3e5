import type { MemberEvent } from '../../schemas/event.schema';
import type { MemberId, StaffId } from '../../schemas/ids.schema';
import { isServiceKind, type RuleTask, type TaskMember } from './task';
import type { TaskContext } from './task-context';
import { liveEvents } from '../programme/live-events';
import { contactDays, contactsThisWeek } from './contacts';
import { dormancyTasks } from './dormancy-tasks';
import { followUpTasks } from './follow-up-tasks';
import { birthdayTask, holidayTasks, seasonTasks } from './greeting-tasks';

/** One member's tasks from the rules, with what lists need of her to own and cap them. */
export interface MemberTasks {
  readonly memberId: MemberId;
  readonly ownerStaffId: StaffId | null;
  readonly tasks: readonly RuleTask[];
  readonly contactsThisWeek: number;
}

/**
 * Every task the rules make for one member today. Depends only on her record, her events (in
 * any order) and the day, so each tablet computes the same. Without marketing consent only
 * service messages (follow-up care, card expiry) are offered.
 */
export function memberTasks(
  member: TaskMember,
  events: readonly MemberEvent[],
  ctx: TaskContext,
): MemberTasks {
  const live = liveEvents(events);
  const contacts = contactDays(live, ctx);
  const all = [
    ...followUpTasks(member.id, events, ctx),
    ...birthdayTask(member.id, member.fields.birthday, contacts, ctx),
    ...holidayTasks(member.id, contacts, ctx),
    ...seasonTasks(member.id, contacts, ctx),
    ...dormancyTasks(member.id, member.createdAt, live, contacts, ctx),
  ];
  const offered = member.fields.consent.marketing ? all : all.filter((t) => isServiceKind(t.why.kind));
  return {
    memberId: member.id,
    ownerStaffId: member.fields.ownerStaffId,
    tasks: offered.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    contactsThisWeek: contactsThisWeek(contacts, ctx),
  };
}
