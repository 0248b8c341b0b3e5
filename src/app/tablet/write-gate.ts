import type { FloorbookDb } from '../db/floorbook-db';
import { readMeta } from '../db/meta';
import { DEFAULT_ACCESS_POLICY, isReadOnly, signInEnded } from '../state/access-rules';
import { useStaffSession } from '../state/staff-session.state';

export type WriteRefusal = { code: 'locked' } | { code: 'read-only' };

/** When the server last answered; tablets from before `lastContactAt` have only `lastSyncedAt`. */
export async function lastContactOf(db: FloorbookDb): Promise<number | null> {
  return (await readMeta(db, 'lastContactAt')) ?? (await readMeta(db, 'lastSyncedAt')) ?? null;
}

/**
 * Whether a change may be made now: someone must be signed in, by rules that still hold (the lock
 * screen may not have caught up yet), and the tablet must have reached the server recently.
 */
export async function writeRefusal(db: FloorbookDb, now: number): Promise<WriteRefusal | null> {
  const current = useStaffSession.getState().current;
  if (!current) return { code: 'locked' };
  const roster = (await readMeta(db, 'staffRoster')) ?? null;
  if (signInEnded(current, roster, now) !== null) return { code: 'locked' };
  const policy = roster?.policy ?? DEFAULT_ACCESS_POLICY;
  if (isReadOnly(await lastContactOf(db), policy, now)) return { code: 'read-only' };
  return null;
}
