import type { MemberEvent } from '../../schemas/event.schema';
import type { MemberId, StaffId } from '../../schemas/ids.schema';
import type { MemberFields } from '../../schemas/member.schema';
import { addDays, type CalendarDay } from '../calendar-day';
import { followUpsOf } from '../follow-ups';
import type { ProgrammeRules } from '../programme/rules';
import { liveEvents } from '../programme/live-events';
import { storeClockIn } from '../time-zone';
import { progressOf, type Progress } from './progress';
import { recordQuality, type RecordQuality } from './record-quality';
import { dayStartMs, rangeMs, storeDayKeyer, type DayRange } from './store-days';
import { cardsOpened, within } from './vip-figures';
import { cardHolderOf } from './counter-records';

/*
 * Whose is what (so every associate is judged on the same rule):
 * - a card is hers when she took the member's consent at sign-up (consent.staffId);
 * - a purchase, and so its follow-up, is hers when she recorded it (the event's staffId);
 * - a follow-up is done by whoever made the contact, but counts on the seller's record;
 * - a member is in her client book when she is the member's owner (ownerStaffId).
 */

export type KpiPeriod = 'month' | 'quarter';

export interface KpiMember {
  id: MemberId;
  createdAt: number;
  fields: MemberFields;
}

export interface StaffKpiInput {
  period: KpiPeriod;
  range: DayRange;
  today: CalendarDay;
  timeZone: string;
  rules: ProgrammeRules;
  staffIds: readonly StaffId[];
  members: readonly KpiMember[];
  /** Every event from `followUpDays` before the range on, to its end or today. */
  events: readonly MemberEvent[];
  /** Each associate's new-card target for the quarter the range falls in. */
  quarterCardTargets: ReadonlyMap<StaffId, number>;
}

export interface StaffKpis {
  staffId: StaffId;
  /**
   * Against her quarterly target; a month is judged against a third of it, rounded up (a target
   * of 100 cards a quarter asks 34 a month).
   */
  cardsOpened: Progress;
  vipSalesFen: number;
  /**
   * Her VIP sales as a share of the store's: the till reports the store's sales, not each
   * associate's, so the share of her own sales cannot be known from it.
   */
  shareOfStoreVipSales: number | null;
  /** Her sales in the period whose follow-up fell due by today, and those done in time. */
  followUps: { owed: number; doneInTime: number; rate: number | null };
  /** Members she looks after who came in the period, and their member-days. */
  returnVisits: { members: number; visits: number };
  clientBook: number;
  quality: RecordQuality;
}

export function staffKpis(input: StaffKpiInput): StaffKpis[] {
  const { range, timeZone, rules } = input;
  const window = rangeMs(range, timeZone);
  const live = liveEvents(input.events);
  const dayOf = storeDayKeyer(timeZone);
  const cards = cardsOpened(input.members.map(cardHolderOf), window);

  const sales = new Map<StaffId, number>();
  let storeSales = 0;
  const ownerOf = new Map(input.members.map((m) => [m.id, m.fields.ownerStaffId]));
  const came = new Map<StaffId, Set<MemberId>>();
  const visits = new Map<StaffId, Set<string>>();
  for (const e of live) {
    if ((e.kind !== 'purchase' && e.kind !== 'visit') || !within(e.at, window)) continue;
    if (e.kind === 'purchase') {
      storeSales += e.payload.total;
      sales.set(e.staffId, (sales.get(e.staffId) ?? 0) + e.payload.total);
    }
    const owner = ownerOf.get(e.memberId);
    if (!owner) continue;
    addTo(came, owner, e.memberId);
    addTo(visits, owner, `${e.memberId}/${dayOf(e.at)}`);
  }

  // Follow-ups as of today: one still within its days and not yet made is not owed yet.
  const todayStart = dayStartMs(input.today, timeZone);
  const followUps = followUpsOf(input.events, storeClockIn(timeZone, todayStart), rules.followUpDays);
  const owed = new Map<StaffId, { owed: number; done: number }>();
  for (const f of followUps) {
    if (!within(f.purchasedAt, window)) continue;
    const deadline = dayStartMs(addDays(f.dueBy, 1), timeZone);
    if (deadline > todayStart && !f.contact) continue;
    const tally = owed.get(f.staffId) ?? { owed: 0, done: 0 };
    tally.owed += 1;
    if (f.contact && f.contact.at < deadline) tally.done += 1;
    owed.set(f.staffId, tally);
  }

  const book = new Map<StaffId, KpiMember[]>();
  for (const m of input.members) if (m.fields.ownerStaffId) addToList(book, m.fields.ownerStaffId, m);

  return input.staffIds.map((staffId) => {
    const quarterTarget = input.quarterCardTargets.get(staffId);
    const target =
      quarterTarget === undefined
        ? null
        : input.period === 'quarter'
          ? quarterTarget
          : Math.ceil(quarterTarget / 3);
    const mine = sales.get(staffId) ?? 0;
    const f = owed.get(staffId) ?? { owed: 0, done: 0 };
    const members = book.get(staffId) ?? [];
    return {
      staffId,
      cardsOpened: progressOf(cards.byStaff.get(staffId) ?? 0, target),
      vipSalesFen: mine,
      shareOfStoreVipSales: storeSales === 0 ? null : mine / storeSales,
      followUps: { owed: f.owed, doneInTime: f.done, rate: f.owed === 0 ? null : f.done / f.owed },
      returnVisits: { members: came.get(staffId)?.size ?? 0, visits: visits.get(staffId)?.size ?? 0 },
      clientBook: members.length,
      quality: recordQuality(members),
    };
  });
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

function addToList<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
