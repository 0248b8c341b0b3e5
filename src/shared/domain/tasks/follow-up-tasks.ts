import { addDays, calendarDayOf, daysUntil } from '../calendar-day';
import { followUpsOf } from '../follow-ups';
import type { MemberEvent, PurchaseEvent } from '../../schemas/event.schema';
import type { MemberId } from '../../schemas/ids.schema';
import type { RuleTask } from './task';
import type { TaskContext } from './task-context';
import { taskId } from './task-id';

/**
 * A follow-up for each purchase not voided (follow-ups.ts decides which contact answers it):
 * shown from the day of the sale, due within the store's follow-up days.
 */
export function followUpTasks(
  memberId: MemberId,
  events: readonly MemberEvent[],
  ctx: TaskContext,
): RuleTask[] {
  const { clock, today, rules, config } = ctx;
  const oldest = addDays(today, -config.overdueKeptDays);
  const purchases = new Map(
    events.filter((e): e is PurchaseEvent => e.kind === 'purchase').map((e) => [e.id as string, e]),
  );
  return followUpsOf(events, clock, rules.followUpDays).flatMap((f) => {
    const purchase = purchases.get(f.purchaseId);
    if (!purchase || daysUntil(oldest, f.dueBy) < 0) return [];
    const purchasedOn = calendarDayOf(f.purchasedAt, clock.timeZoneOffsetMinutes);
    return [
      {
        id: taskId('follow-up', memberId, f.purchaseId),
        memberId,
        why: {
          kind: 'follow-up',
          purchaseId: f.purchaseId,
          purchasedOn,
          items: purchase.payload.items,
          sellerId: f.staffId,
        },
        startsOn: purchasedOn,
        dueOn: f.dueBy,
        answered: f.contact !== null,
      },
    ];
  });
}
