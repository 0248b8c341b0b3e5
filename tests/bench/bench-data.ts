import { v7 as uuidv7 } from 'uuid';
import { seededRandom } from '../../src/server/demo/random';
import { demoSignUp } from '../../src/server/demo/demo-people';
import { demoEvents } from '../../src/server/demo/demo-events';
import { searchKeysOf } from '../../src/shared/domain/search-keys';
import { newMemberRecord } from '../../src/shared/sync/member-merge';
import { encodeHlc } from '../../src/shared/sync/hlc';
import type { MemberEvent } from '../../src/shared/schemas/event.schema';
import type { MemberRecord } from '../../src/shared/schemas/member.schema';
import type { EventId, MemberId, StaffId } from '../../src/shared/schemas/ids.schema';
import type { SearchKeys } from '../../src/shared/sync/protocol.schema';

export interface BenchMember {
  id: MemberId;
  record: MemberRecord;
  keys: SearchKeys;
}

export interface BenchStore {
  staffIds: StaffId[];
  members: BenchMember[];
  events: MemberEvent[];
}

const YEAR = 365 * 86_400_000;

/** A store of `memberCount` members and exactly `eventCount` events, the same for a seed. */
export function benchStore(memberCount: number, eventCount: number, now: number, seed = 42): BenchStore {
  const r = seededRandom(seed);
  const staffIds = Array.from({ length: 6 }, () => uuidv7() as StaffId);
  const members: BenchMember[] = [];
  const today = new Date(now);
  for (let i = 0; i < memberCount; i++) {
    const id = uuidv7() as MemberId;
    const owner = r.pick(staffIds);
    const createdAt = now - YEAR - r.int(0, YEAR);
    const hlc = encodeHlc({ wall: createdAt, counter: 0, node: owner });
    const fields = demoSignUp(r, i, owner, createdAt, today);
    members.push({
      id,
      record: newMemberRecord(id, fields, hlc, createdAt),
      keys: searchKeysOf(fields.name),
    });
  }
  // A year of visits and purchases per member, member after member, until there are enough.
  const events: MemberEvent[] = [];
  for (let i = 0; events.length < eventCount && members.length > 0; i++) {
    const m = members[i % members.length];
    if (!m) break;
    const mine = demoEvents(r, {
      memberId: m.id,
      fields: m.record.fields,
      staffIds,
      since: now - YEAR,
      now,
      newId: () => uuidv7() as EventId,
    });
    events.push(...mine.slice(0, eventCount - events.length));
  }
  return { staffIds, members, events };
}
