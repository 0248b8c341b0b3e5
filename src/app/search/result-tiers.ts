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
 * The tier and spend of each of these members, from her events by the programme's rules. Meant
 * for the members a screen shows (a search's results, one associate's book): figures are derived,
 * never stored, and deriving them for the whole roster on every keystroke would cost far more
 * than a frame.
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

/** The tier of each of these members (see `figuresOf`). */
export async function tiersOf(
  db: FloorbookDb,
  ids: readonly MemberId[],
  now: number,
  rules: ProgrammeRules,
): Promise<Map<MemberId, TierId>> {
  const figures = await figuresOf(db, ids, now, rules);
  return new Map([...figures].map(([id, f]) => [id, f.tier]));
}
