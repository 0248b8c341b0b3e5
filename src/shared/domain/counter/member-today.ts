import type { MemberEvent } from '../../schemas/event.schema';
import type { MemberId, StaffId } from '../../schemas/ids.schema';
import type { CalendarDay } from '../calendar-day';
import type { ProgrammeRules } from '../programme/rules';
import { liveEvents } from '../programme/live-events';
import { averageTicket, attachRate, vipShare } from '../programme/store-metrics';
import type { CardHolder, DayTarget, TillFigures } from './counter-records';
import { followUpsFor, type FollowUpCounts } from './follow-up-day';
import { progressOf } from './progress';
import { cameBackFrom, todayWindow, type TodayFigures } from './today';
import { cardsOpened, vipFigures, vipSalesByStaff } from './vip-figures';

/*
 * Today's figures, member by member. Every figure of `todayAtCounter` is a sum over members (a
 * member's events, voids and follow-ups are hers alone), so each member's share can be worked out
 * once from her whole history and kept: after a purchase only the buyer's share is worked out
 * again, and the figures are the shares added up (member-today.test.ts checks they equal
 * `todayAtCounter` over the same events).
 */

/** What one member adds to today's figures. */
export interface MemberToday {
  memberId: MemberId;
  /** She visited or bought today. */
  came: boolean;
  salesFen: number;
  tickets: number;
  pieces: number;
  salesBy: ReadonlyMap<StaffId, number>;
  followUps: FollowUpCounts;
  /** Her last visit or purchase before today, 0 with none: whether she came back is judged from it. */
  lastBefore: number;
}

export interface TodayScope {
  today: CalendarDay;
  timeZone: string;
  rules: ProgrammeRules;
}

/** One member's share of today's figures, from every event of hers (another member's are ignored). */
export function memberToday(
  memberId: MemberId,
  events: readonly MemberEvent[],
  { today, timeZone, rules }: TodayScope,
): MemberToday {
  const window = todayWindow(today, timeZone);
  const hers = events.filter((e) => e.memberId === memberId);
  const live = liveEvents(hers);
  // One member, one day: her visits count once, whatever the store day's key.
  const vip = vipFigures(live, window, () => '');
  let lastBefore = 0;
  for (const e of live)
    if ((e.kind === 'purchase' || e.kind === 'visit') && e.at < window.start)
      lastBefore = Math.max(lastBefore, e.at);
  return {
    memberId,
    came: vip.visits > 0,
    salesFen: vip.salesFen,
    tickets: vip.tickets,
    pieces: vip.pieces,
    salesBy: vipSalesByStaff(live, window),
    followUps: followUpsFor(hers, today, window, timeZone, rules.followUpDays).counts,
    lastBefore,
  };
}

export interface TodayFromMembersInput extends TodayScope {
  /** One share per member, each member once. */
  shares: readonly MemberToday[];
  /** Members whose cards may have been opened today, and those who came today (for came-back). */
  members: readonly CardHolder[];
  till: TillFigures | null;
  target: DayTarget | null;
}

/** Today at the counter from the members' shares: the same figures as `todayAtCounter`. */
export function todayFromMembers(input: TodayFromMembersInput): TodayFigures {
  const { shares, till, target } = input;
  const window = todayWindow(input.today, input.timeZone);
  let salesFen = 0;
  let tickets = 0;
  let pieces = 0;
  let visits = 0;
  const sales = new Map<StaffId, number>();
  const followUps: FollowUpCounts = { dueToday: 0, overdue: 0, done: 0, doneBy: new Map() };
  for (const s of shares) {
    salesFen += s.salesFen;
    tickets += s.tickets;
    pieces += s.pieces;
    if (s.came) visits += 1;
    addAll(sales, s.salesBy);
    followUps.dueToday += s.followUps.dueToday;
    followUps.overdue += s.followUps.overdue;
    followUps.done += s.followUps.done;
    addAll(followUps.doneBy, s.followUps.doneBy);
  }
  const vip = {
    salesFen,
    tickets,
    pieces,
    visits,
    averageTicketFen: averageTicket(salesFen, tickets),
    attachRate: attachRate(pieces, tickets),
  };
  const cards = cardsOpened(input.members, window);
  const staff = new Set<StaffId>([...sales.keys(), ...cards.byStaff.keys(), ...followUps.doneBy.keys()]);
  const createdAt = new Map(input.members.map((m) => [m.id, m.createdAt]));
  return {
    vip,
    till,
    vipShare: till && till.salesFen > 0 ? vipShare(salesFen, till.salesFen) : null,
    vipSales: progressOf(salesFen, target?.vipSalesFen),
    vipShareTarget: target?.vipShareBp === undefined ? null : target.vipShareBp / 10_000,
    newCards: progressOf(cards.count, target?.newCards),
    vipVisits: progressOf(visits, target?.vipVisits),
    followUps: { ...followUps, progress: progressOf(followUps.done, target?.followUps) },
    cameBack: shares
      .filter(
        (s) =>
          s.came &&
          cameBackFrom(s.lastBefore, createdAt.get(s.memberId), window, input.timeZone, input.rules),
      )
      .map((s) => s.memberId),
    associates: [...staff].map((staffId) => ({
      staffId,
      cardsOpened: cards.byStaff.get(staffId) ?? 0,
      vipSalesFen: sales.get(staffId) ?? 0,
      followUpsDone: followUps.doneBy.get(staffId) ?? 0,
    })),
  };
}

function addAll<K>(into: Map<K, number>, from: ReadonlyMap<K, number>): void {
  for (const [k, n] of from) into.set(k, (into.get(k) ?? 0) + n);
}

/** The window `shares` were worked out for, so a keeper can tell a share of yesterday's. */
export const todayKeyOf = ({ today, timeZone, rules }: TodayScope): string =>
  `${String(todayWindow(today, timeZone).start)}/${timeZone}/${String(rules.followUpDays)}/${JSON.stringify(rules.dormancy)}`;
