import type { MemberId } from '../../shared/schemas/ids.schema';
import type { MemberEvent } from '../../shared/schemas/event.schema';
import type { ProgrammeRules, TierId } from '../../shared/domain/programme/rules';
import { summariseMember } from '../../shared/domain/programme/summary';
import type { FloorbookDb } from '../db/floorbook-db';

/**
 * The tier of each of these members, from her events by the programme's rules. Meant for the few
 * members a search shows: tiers are derived, never stored, and deriving them for the whole
 * roster on every keystroke would cost far more than a frame.
 */
export async function tiersOf(
  db: FloorbookDb,
  ids: readonly MemberId[],
  now: number,
  rules: ProgrammeRules,
): Promise<Map<MemberId, TierId>> {
  const events = ids.length === 0 ? [] : await db.events.where('memberId').anyOf(ids).toArray();
  const byMember = new Map<MemberId, MemberEvent[]>(ids.map((id) => [id, []]));
  for (const e of events) byMember.get(e.memberId)?.push(e);
  return new Map([...byMember].map(([id, own]) => [id, summariseMember(own, rules, now).tier]));
}
