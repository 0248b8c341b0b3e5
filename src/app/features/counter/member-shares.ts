import {
  memberToday,
  todayKeyOf,
  type MemberToday,
  type TodayScope,
} from '../../../shared/domain/counter/member-today';
import type { MemberId } from '../../../shared/schemas/ids.schema';
import type { EventRow } from '../../db/floorbook-db';

/*
 * Each member's share of today's figures, kept by her list of events (the recent-events keeper
 * hands the same array until a write drops her): after a purchase only the buyer's share is
 * worked out again. Working out all 5,000 recent members' shares from their 73,000 events took
 * 115-200 ms of CPU on the benchmark's machine, on every refresh (docs/benchmarks.md).
 */
const kept = new WeakMap<readonly EventRow[], { key: string; share: MemberToday }>();

export function memberShares(
  byMember: ReadonlyMap<MemberId, readonly EventRow[]>,
  scope: TodayScope,
): MemberToday[] {
  const key = todayKeyOf(scope);
  return [...byMember].map(([id, events]) => {
    const held = kept.get(events);
    if (held?.key === key) return held.share;
    const share = memberToday(id, events, scope);
    kept.set(events, { key, share });
    return share;
  });
}
