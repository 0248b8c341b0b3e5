import type { MemberId, StaffId } from '../../shared/schemas/ids.schema';
import { runCommand, type CommandDeps, type CommandError } from './command-runner';
import { resolveMemberId } from '../db/tablet-copy';
import { writeEdit } from './member-commands';

export interface Reassignment {
  memberId: MemberId;
  /** Her new associate; null leaves her with nobody (the manager's to hand out). */
  to: StaffId | null;
}

/** A member whose associate changed, and who looked after her before: what an undo moves back. */
export interface Reassigned {
  memberId: MemberId;
  from: StaffId | null;
  to: StaffId | null;
}

export interface ReassignOutcome {
  moved: Reassigned[];
  /** Why the moves stopped part-way; the batches before it are saved and queued. */
  failure: CommandError | null;
}

// Members per transaction. One transaction per member would flush to disk thousands of times
// (strict durability: tens of seconds for an associate's book); one for all would show no
// progress and lose everything to one refusal. A batch is one member.update each, all or none.
const BATCH = 200;

/**
 * Give members to another associate: each is an edit of `ownerStaffId` like any other
 * (member.update, through the outbox, offline too), so her history stays hers and syncs as it
 * is. Members already with that associate are left alone. `progress` hears how many of the
 * moves are done after each batch.
 */
export async function reassignMembers(
  deps: CommandDeps,
  moves: readonly Reassignment[],
  progress?: (done: number) => void,
): Promise<ReassignOutcome> {
  const moved: Reassigned[] = [];
  for (let start = 0; start < moves.length; start += BATCH) {
    const batch = moves.slice(start, start + BATCH);
    const result = await runCommand(deps, async (tx) => {
      const done: Reassigned[] = [];
      for (const { memberId, to } of batch) {
        // A member removed since the list was shown has nobody to move; a merged one moves as the survivor.
        const row = await tx.db.members.get(await resolveMemberId(tx.db, memberId));
        if (!row || row.fields.ownerStaffId === to) continue;
        const from = row.fields.ownerStaffId;
        await writeEdit(tx, row, { ownerStaffId: to });
        done.push({ memberId: row.id, from, to });
      }
      return done;
    });
    if (!result.ok) return { moved, failure: result.error };
    moved.push(...result.value);
    progress?.(start + batch.length);
  }
  return { moved, failure: null };
}

/** Put members back with the associates they had before a reassignment. */
export function undoReassignment(
  deps: CommandDeps,
  moved: readonly Reassigned[],
  progress?: (done: number) => void,
): Promise<ReassignOutcome> {
  return reassignMembers(
    deps,
    moved.map((m) => ({ memberId: m.memberId, to: m.from })),
    progress,
  );
}
