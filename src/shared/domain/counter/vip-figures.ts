import type { MemberEvent } from '../../schemas/event.schema';
import type { MemberId, StaffId } from '../../schemas/ids.schema';
import { averageTicket, attachRate } from '../programme/store-metrics';
import type { CardHolder } from './counter-records';

/** [start, end) in ms: the instants of a run of store days (store-days.ts `rangeMs`). */
export interface Window {
  start: number;
  end: number;
}

export const within = (at: number, w: Window): boolean => at >= w.start && at < w.end;

/** What the members bought and how often they came, over a window. */
export interface VipFigures {
  salesFen: number;
  /** Purchases: each is one ticket at the till. */
  tickets: number;
  pieces: number;
  /** Member-days: a member who came (a visit or a purchase) counts once a day. */
  visits: number;
  averageTicketFen: number;
  /** Pieces per VIP ticket (连带率). */
  attachRate: number;
}

/**
 * The members' figures from live events (programme/live-events.ts: voided purchases and visits
 * left out). `dayOf` gives an instant's store day, so two visits of one member in a day count once.
 */
export function vipFigures(
  live: readonly MemberEvent[],
  window: Window,
  dayOf: (at: number) => string,
): VipFigures {
  let salesFen = 0;
  let tickets = 0;
  let pieces = 0;
  const came = new Set<string>();
  for (const e of live) {
    if ((e.kind !== 'purchase' && e.kind !== 'visit') || !within(e.at, window)) continue;
    came.add(`${e.memberId}/${dayOf(e.at)}`);
    if (e.kind !== 'purchase') continue;
    salesFen += e.payload.total;
    tickets += 1;
    for (const item of e.payload.items) pieces += item.quantity;
  }
  return {
    salesFen,
    tickets,
    pieces,
    visits: came.size,
    averageTicketFen: averageTicket(salesFen, tickets),
    attachRate: attachRate(pieces, tickets),
  };
}

/** Each associate's VIP sales: a purchase is hers when she recorded it (the event's staffId). */
export function vipSalesByStaff(live: readonly MemberEvent[], window: Window): Map<StaffId, number> {
  const sales = new Map<StaffId, number>();
  for (const e of live)
    if (e.kind === 'purchase' && within(e.at, window))
      sales.set(e.staffId, (sales.get(e.staffId) ?? 0) + e.payload.total);
  return sales;
}

/** Cards opened in the window, and by whom (the staff who took the sign-up's consent). */
export function cardsOpened(
  members: readonly Pick<CardHolder, 'createdAt' | 'openedBy'>[],
  window: Window,
): { count: number; byStaff: Map<StaffId, number> } {
  let count = 0;
  const byStaff = new Map<StaffId, number>();
  for (const m of members) {
    if (!within(m.createdAt, window)) continue;
    count += 1;
    if (m.openedBy) byStaff.set(m.openedBy, (byStaff.get(m.openedBy) ?? 0) + 1);
  }
  return { count, byStaff };
}

/** The members who came (visited or bought) in the window. */
export function membersWhoCame(live: readonly MemberEvent[], window: Window): Set<MemberId> {
  const came = new Set<MemberId>();
  for (const e of live)
    if ((e.kind === 'purchase' || e.kind === 'visit') && within(e.at, window)) came.add(e.memberId);
  return came;
}
