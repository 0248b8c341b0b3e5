import type { CalendarDay } from '../calendar-day';
import type { TaskStatus } from '../task-state';
import type { PurchaseItem } from '../../schemas/event.schema';
import type { EventId, MemberId, StaffId } from '../../schemas/ids.schema';
import type { Birthday, MemberRecord, MemberFields } from '../../schemas/member.schema';

/*
 * A task is one contact the store owes a member, made by a rule from her profile and events.
 * Its id is derived from the rule, the member and the occasion's day, so every tablet makes the
 * same task with the same id, and a state saved on one (done, skipped) applies on all.
 */

export type TaskKind = 'follow-up' | 'birthday' | 'holiday' | 'season' | 'dormant' | 'card-lapse';
export const TASK_KINDS: readonly TaskKind[] = [
  'follow-up',
  'birthday',
  'holiday',
  'season',
  'dormant',
  'card-lapse',
];

/** Service messages go to every member; greetings only to those who consented to marketing. */
export function isServiceKind(kind: TaskKind): boolean {
  return kind === 'follow-up' || kind === 'card-lapse';
}

/** Words in both languages, for occasions a store names itself. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** Why the task exists: what the card shows and what its template is filled with. */
export type TaskWhy =
  | {
      readonly kind: 'follow-up';
      readonly purchaseId: EventId;
      readonly purchasedOn: CalendarDay;
      readonly items: readonly PurchaseItem[];
      /** Who made the sale. */
      readonly sellerId: StaffId;
    }
  | { readonly kind: 'birthday'; readonly on: CalendarDay; readonly lunar: boolean }
  | {
      readonly kind: 'holiday';
      readonly holidayId: string;
      readonly name: Bilingual;
      readonly on: CalendarDay;
    }
  | { readonly kind: 'season'; readonly name: Bilingual; readonly on: CalendarDay }
  | { readonly kind: 'dormant'; readonly lastSeen: CalendarDay; readonly idleDays: number }
  | { readonly kind: 'card-lapse'; readonly deadOn: CalendarDay; readonly daysLeft: number };

/** A task as its rule makes it, before any saved state. */
export interface RuleTask {
  readonly id: string;
  readonly memberId: MemberId;
  readonly why: TaskWhy;
  /** The first day it is shown. */
  readonly startsOn: CalendarDay;
  /** The day it should be done by; after it the task is overdue. */
  readonly dueOn: CalendarDay;
  /** A contact logged on the profile already answered it. */
  readonly answered: boolean;
}

/** A task with its owner and state, as lists show it. */
export interface Task extends RuleTask {
  readonly ownerStaffId: StaffId | null;
  readonly state: TaskStatus;
  readonly reason: string | null;
  /** Contacts with her in the last 7 days, and whether that reached the store's weekly cap. */
  readonly contactsThisWeek: number;
  readonly capReached: boolean;
}

/** What the rules read of a member: the tablet's member row has all of it. */
export interface TaskMember {
  readonly id: MemberId;
  readonly createdAt: MemberRecord['createdAt'];
  readonly fields: Pick<MemberFields, 'name' | 'gender' | 'ownerStaffId' | 'consent'> & {
    readonly birthday: Birthday | null;
  };
}
