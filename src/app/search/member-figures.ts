import type { MemberId } from '../../shared/schemas/ids.schema';
import type { MemberEvent } from '../../shared/schemas/event.schema';
import type { ProgrammeRules, TierId } from '../../shared/domain/programme/rules';
import { summariseMember } from '../../shared/domain/programme/summary';
import type { FloorbookDb } from '../db/floorbook-db';

/** What a list of members shows beside each name, derived from her events. */
export interface MemberFigures {
  tier: TierId;
  /** Fen, all time. */
  totalSpend: number;
}

/**
 * The tier and spend of each of these members (one associate's book), from her events by the
 * programme's rules: derived, never stored. Apart from result-tiers.ts (the search results'
 * tiers) on purpose: a module both the first screen and a later screen import is split into a
 * chunk of its own, and the first screen pays for the split (decision 0003).
 */
export async function figuresOf(
  db: FloorbookDb,
  ids: readonly MemberId[],
  now: number,
  rules: ProgrammeRules,
): Promise<Map<MemberId, MemberFigures>> {
  const events = ids.length === 0 ? [] : await db.events.where('memberId').anyOf(ids).toArray();
  const byMember = new Map<MemberId, MemberEvent[]>(ids.map((id) => [id, []]));
  for (const e of events) byMember.get(e.memberId)?.push(e);
  return new Map(
    [...byMember].map(([id, own]) => {
      const { tier, totalSpend } = summariseMember(own, rules, now);
      return [id, { tier, totalSpend }];
    }),
  );
}
