import {
  addDays,
  calendarDayOf,
  daysUntil,
  todayOf,
  type CalendarDay,
  type StoreClock,
} from './calendar-day';

/*
 * How long a member has stayed away, in the store's days, and what that makes her card:
 * VIPs going quiet are contacted before their card lapses (即将成为无效卡), and the share of
 * dead cards (死卡率) is reported every month.
 */

export type ActivityStatus = 'active' | 'dormant' | 'about-to-lapse' | 'dead';

/**
 * Idle days from which each status starts; expected in increasing order. A card is dormant
 * from `dormantAfterDays`, about to lapse from `lapseAfterDays`, dead (无效卡) from `deadAfterDays`.
 */
export interface DormancyThresholds {
  readonly dormantAfterDays: number;
  readonly lapseAfterDays: number;
  readonly deadAfterDays: number;
}

/** A member's activity as the tablet keeps it (MemberRow): `lastVisitAt` is 0 when she never came back. */
export interface MemberActivity {
  readonly lastVisitAt: number;
  readonly createdAt: number;
}

/** Whole store days since her last visit or purchase; since sign-up if she has made none since. */
export function idleDays(member: MemberActivity, clock: StoreClock): number {
  const lastSeen = calendarDayOf(Math.max(member.lastVisitAt, member.createdAt), clock.timeZoneOffsetMinutes);
  return Math.max(0, daysUntil(lastSeen, todayOf(clock)));
}

export function activityStatus(
  member: MemberActivity,
  clock: StoreClock,
  thresholds: DormancyThresholds,
): ActivityStatus {
  const idle = idleDays(member, clock);
  if (idle >= thresholds.deadAfterDays) return 'dead';
  if (idle >= thresholds.lapseAfterDays) return 'about-to-lapse';
  if (idle >= thresholds.dormantAfterDays) return 'dormant';
  return 'active';
}

/** Dead cards as a share of all cards, 0 to 1; 0 for an empty roster. */
export function deadCardRate(statuses: readonly ActivityStatus[]): number {
  if (statuses.length === 0) return 0;
  return statuses.filter((s) => s === 'dead').length / statuses.length;
}

export interface LapsingCard<T> {
  readonly member: T;
  /** The first day the card counts as dead. */
  readonly deadOn: CalendarDay;
  readonly daysLeft: number;
}

/**
 * Cards not yet dead that will be within `horizonDays` unless the member comes back: the monthly
 * list of 即将成为无效卡 to work on. Soonest first.
 */
export function cardsAboutToLapse<T extends MemberActivity>(
  members: readonly T[],
  clock: StoreClock,
  thresholds: DormancyThresholds,
  horizonDays: number,
): LapsingCard<T>[] {
  const lapsing: LapsingCard<T>[] = [];
  for (const member of members) {
    const daysLeft = thresholds.deadAfterDays - idleDays(member, clock);
    if (daysLeft > 0 && daysLeft <= horizonDays)
      lapsing.push({ member, deadOn: addDays(todayOf(clock), daysLeft), daysLeft });
  }
  return lapsing.sort((a, b) => a.daysLeft - b.daysLeft);
}
