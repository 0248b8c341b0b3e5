import type { MemberEvent } from '../../schemas/event.schema';
import type { MemberId, StaffId } from '../../schemas/ids.schema';
import type { CalendarDay } from '../calendar-day';
import { addDays } from '../calendar-day';
import { activityStatus } from '../dormancy';
import type { ProgrammeRules } from '../programme/rules';
import { liveEvents } from '../programme/live-events';
import { vipShare } from '../programme/store-metrics';
import { storeClockIn } from '../time-zone';
import type { CardHolder, DayTarget, TillFigures } from './counter-records';
import { followUpsFor, type FollowUpCounts } from './follow-up-day';
import { progressOf, type Progress } from './progress';
import { dayStartMs, storeDayKeyer } from './store-days';
import {
  cardsOpened,
  membersWhoCame,
  vipFigures,
  vipSalesByStaff,
  type VipFigures,
  type Window,
} from './vip-figures';

export interface TodayInput {
  today: CalendarDay;
  timeZone: string;
  rules: ProgrammeRules;
  /**
   * Every event of the members who came or bought within the last `followUpReach` days (their
   * whole history: came-back needs the visit before today). More is harmless.
   */
  events: readonly MemberEvent[];
  /** Members whose cards may have been opened today, and those who came today (for came-back). */
  members: readonly CardHolder[];
  till: TillFigures | null;
  target: DayTarget | null;
}

export interface AssociateDay {
  staffId: StaffId;
  cardsOpened: number;
  vipSalesFen: number;
  followUpsDone: number;
}

export interface TodayFigures {
  vip: VipFigures;
  /** null until the till's figures for today are in. */
  till: TillFigures | null;
  /** VIP sales ÷ the till's sales; null until the till's figures are in, or with no sales. */
  vipShare: number | null;
  vipSales: Progress;
  /** Against the target share, in basis points of a fraction: target 5,000 = 0.5. */
  vipShareTarget: number | null;
  newCards: Progress;
  vipVisits: Progress;
  followUps: FollowUpCounts & { progress: Progress };
  /** Members idle long enough to count as dormant (or worse) who came back today. */
  cameBack: MemberId[];
  associates: AssociateDay[];
}

/**
 * How far back the counter must read the members who came, so that the follow-ups due, overdue
 * and done today are found: a follow-up answers a purchase at most this many days old and still
 * counted as overdue work.
 */
export const followUpReach = (rules: ProgrammeRules): number => rules.followUpDays * 2;

export function todayWindow(today: CalendarDay, timeZone: string): Window {
  return { start: dayStartMs(today, timeZone), end: dayStartMs(addDays(today, 1), timeZone) };
}

/** Today at the counter, from the tablet's own members and events and the day's records. */
export function todayAtCounter(input: TodayInput): TodayFigures {
  const { today, timeZone, rules, till, target } = input;
  const window = todayWindow(today, timeZone);
  const live = liveEvents(input.events);
  const vip = vipFigures(live, window, storeDayKeyer(timeZone));
  const cards = cardsOpened(input.members, window);
  const followUps = followUpsFor(input.events, today, window, timeZone, rules.followUpDays).counts;
  const sales = vipSalesByStaff(live, window);
  const staff = new Set<StaffId>([...sales.keys(), ...cards.byStaff.keys(), ...followUps.doneBy.keys()]);
  return {
    vip,
    till,
    vipShare: till && till.salesFen > 0 ? vipShare(vip.salesFen, till.salesFen) : null,
    vipSales: progressOf(vip.salesFen, target?.vipSalesFen),
    vipShareTarget: target?.vipShareBp === undefined ? null : target.vipShareBp / 10_000,
    newCards: progressOf(cards.count, target?.newCards),
    vipVisits: progressOf(vip.visits, target?.vipVisits),
    followUps: { ...followUps, progress: progressOf(followUps.done, target?.followUps) },
    cameBack: cameBackToday(live, input.members, window, timeZone, rules),
    associates: [...staff].map((staffId) => ({
      staffId,
      cardsOpened: cards.byStaff.get(staffId) ?? 0,
      vipSalesFen: sales.get(staffId) ?? 0,
      followUpsDone: followUps.doneBy.get(staffId) ?? 0,
    })),
  };
}

/**
 * A member came back when she came today after staying away long enough to be dormant: her last
 * visit or purchase before today (her sign-up when she made none) is judged by the store's
 * dormancy rules as if she had not come today.
 */
function cameBackToday(
  live: readonly MemberEvent[],
  members: readonly CardHolder[],
  window: Window,
  timeZone: string,
  rules: ProgrammeRules,
): MemberId[] {
  const came = membersWhoCame(live, window);
  const before = new Map<MemberId, number>();
  for (const e of live)
    if ((e.kind === 'purchase' || e.kind === 'visit') && came.has(e.memberId) && e.at < window.start)
      before.set(e.memberId, Math.max(before.get(e.memberId) ?? 0, e.at));
  const createdAt = new Map(members.map((m) => [m.id, m.createdAt]));
  return [...came].filter((id) =>
    cameBackFrom(before.get(id) ?? 0, createdAt.get(id), window, timeZone, rules),
  );
}

/** Whether a member who came today came back: `lastBefore` her last visit or purchase before today, 0 with none. */
export function cameBackFrom(
  lastBefore: number,
  signedUp: number | undefined,
  window: Window,
  timeZone: string,
  rules: ProgrammeRules,
): boolean {
  // Signed up today, or not known on this tablet: nothing to come back from.
  if (signedUp === undefined || signedUp >= window.start) return false;
  const today = storeClockIn(timeZone, window.start);
  return activityStatus({ lastVisitAt: lastBefore, createdAt: signedUp }, today, rules.dormancy) !== 'active';
}
