import type { SyncStatus } from '../sync/sync-status';

/**
 * The first download as staff count it: members, then their history (visits, purchases,
 * contacts), each with its own total. Rows, as before, when the server does not count the
 * members apart (an older server).
 */
export function downloadCounts(progress: NonNullable<SyncStatus['progress']>): {
  kind: 'members' | 'history' | 'rows';
  done: number;
  total: number;
} {
  const members = progress.members;
  if (!members) return { kind: 'rows', done: progress.done, total: progress.total };
  if (members.done < members.total) return { kind: 'members', ...members };
  return {
    kind: 'history',
    done: progress.done - members.done,
    total: Math.max(progress.total - members.total, progress.done - members.done),
  };
}
