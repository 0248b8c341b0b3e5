import type { CalendarDay } from '../calendar-day';
import type { MemberId } from '../../schemas/ids.schema';
import type { TaskKind } from './task';

/*
 * Task ids: `<kind>:<memberId>:<occasion>`, the occasion being a purchase id or a day (YYYY-MM-DD),
 * with a holiday's or season's id before the day. Only [A-Za-z0-9:_./-], at most 200 characters,
 * as the taskState record's key allows.
 */

export function isoDay({ year, month, day }: CalendarDay): string {
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function taskId(kind: TaskKind, memberId: MemberId, ...occasion: string[]): string {
  return [kind, memberId, ...occasion].join(':');
}

/** The member a task id names: lets a list find the members a manager handed to an associate. */
export function memberIdOfTask(id: string): MemberId | null {
  const memberId = id.split(':')[1];
  return memberId ? (memberId as MemberId) : null;
}
