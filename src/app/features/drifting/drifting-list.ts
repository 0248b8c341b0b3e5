import {
  activityStatus,
  idleDays,
  type ActivityStatus,
  type DormancyThresholds,
} from '../../../shared/domain/dormancy';
import type { StoreClock } from '../../../shared/domain/calendar-day';
import type { IndexedMember } from '../../search/member-index';

export type DriftStatus = Exclude<ActivityStatus, 'active'>;
export const DRIFT_STATUSES: readonly DriftStatus[] = ['about-to-lapse', 'dormant', 'dead'];

export interface Drifting {
  member: IndexedMember;
  status: DriftStatus;
  idleDays: number;
}

/**
 * Members who stopped coming, by the store's thresholds: the cards about to lapse first (the
 * last chance to win them back), then dormant, then dead; within each, the longest away first.
 */
export function driftingMembers(
  members: readonly IndexedMember[],
  clock: StoreClock,
  thresholds: DormancyThresholds,
): Drifting[] {
  const list: Drifting[] = [];
  for (const member of members) {
    const status = activityStatus(member, clock, thresholds);
    if (status !== 'active') list.push({ member, status, idleDays: idleDays(member, clock) });
  }
  const rank = (s: DriftStatus) => DRIFT_STATUSES.indexOf(s);
  return list.sort((a, b) => rank(a.status) - rank(b.status) || b.idleDays - a.idleDays);
}
