import type { ContactEvent, MemberEvent, PurchaseEvent } from '../schemas/event.schema';
import type { EventId, MemberId, StaffId } from '../schemas/ids.schema';
import { isOpeningPurchase } from './opening-balance';
import {
  addDays,
  calendarDayOf,
  daysUntil,
  todayOf,
  type CalendarDay,
  type StoreClock,
} from './calendar-day';

/*
 * After every purchase the associate contacts the customer again within a week: care of what
 * she bought, how to wear it, any questions (每次销售后一周内信息拜访). A voided purchase needs none.
 *
 * A follow-up is done by the first contact that answers its purchase: one that names the purchase
 * (payload.followsUp), or any follow-up contact (purpose 'follow-up', named or not) made after it.
 * One call covers everything she bought before it, as staff expect: after two purchases on one
 * day, a single follow-up closes both. A voided contact closes nothing.
 */

export type FollowUpStatus = 'due' | 'overdue' | 'done';

export interface FollowUp {
  readonly memberId: MemberId;
  readonly purchaseId: EventId;
  /** Who made the sale, and so whose follow-up it is. */
  readonly staffId: StaffId;
  readonly purchasedAt: number;
  /** The last day to make the contact: the store's purchase day plus the days allowed. */
  readonly dueBy: CalendarDay;
  readonly status: FollowUpStatus;
  /** The contact that closed it; null while open. */
  readonly contact: { readonly id: EventId; readonly at: number } | null;
}

export const DEFAULT_FOLLOW_UP_DAYS = 7;

/**
 * The follow-ups of the purchases in `events`, which may hold one member's events or the whole
 * store's (they are matched member by member). Ordered by due day, then purchase time.
 */
export function followUpsOf(
  events: readonly MemberEvent[],
  clock: StoreClock,
  withinDays: number = DEFAULT_FOLLOW_UP_DAYS,
): FollowUp[] {
  const voided = new Set(events.flatMap((e) => (e.kind === 'void' ? [e.payload.targetId] : [])));
  const byMember = new Map<MemberId, MemberEvent[]>();
  for (const e of events) {
    // An imported member's spend to date was no sale made here: nobody calls about it.
    if (voided.has(e.id) || isOpeningPurchase(e)) continue;
    const list = byMember.get(e.memberId);
    if (list) list.push(e);
    else byMember.set(e.memberId, [e]);
  }
  const today = todayOf(clock);
  const all = [...byMember.values()].flatMap((memberEvents) =>
    closeFollowUps(memberEvents).map(({ purchase, contact }) => {
      const dueBy = addDays(calendarDayOf(purchase.at, clock.timeZoneOffsetMinutes), withinDays);
      const status: FollowUpStatus = contact ? 'done' : daysUntil(today, dueBy) < 0 ? 'overdue' : 'due';
      return {
        memberId: purchase.memberId,
        purchaseId: purchase.id,
        staffId: purchase.staffId,
        purchasedAt: purchase.at,
        dueBy,
        status,
        contact: contact ? { id: contact.id, at: contact.at } : null,
      };
    }),
  );
  return all.sort((a, b) => daysUntil(b.dueBy, a.dueBy) || a.purchasedAt - b.purchasedAt);
}

interface Match {
  purchase: PurchaseEvent;
  contact: ContactEvent | null;
}

/** Pairs one member's (unvoided) purchases with the first contact that answered each. */
function closeFollowUps(events: readonly MemberEvent[]): Match[] {
  const inOrder = [...events].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const contacts = inOrder.filter((e): e is ContactEvent => e.kind === 'contact');
  return inOrder
    .filter((e): e is PurchaseEvent => e.kind === 'purchase')
    .map((purchase) => ({
      purchase,
      contact: contacts.find((c) => answers(c, purchase)) ?? null,
    }));
}

function answers(contact: ContactEvent, purchase: PurchaseEvent): boolean {
  if (contact.payload.followsUp === purchase.id) return true;
  return contact.payload.purpose === 'follow-up' && contact.at >= purchase.at;
}
