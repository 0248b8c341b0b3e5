import { useCallback } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { MutationId } from '../../../shared/schemas/ids.schema';
import {
  countPending,
  discardDeadLetter,
  listDeadLetters,
  resetTablet,
  type DeadLetterView,
  type ResetOutcome,
} from '../../db/dead-letter-queries';
import { useSession } from '../../state/session.state';
import { useTablet } from '../../tablet/tablet-context';

/** The refused changes, kept current as sync settles more or staff discard them; undefined while loading. */
export function useDeadLetters(): DeadLetterView[] | undefined {
  const { db } = useTablet();
  return useLiveQuery(() => listDeadLetters(db), [db]);
}

/** The exact number of changes not yet on the server, read from the outbox itself; undefined while loading. */
export function usePendingCount(): number | undefined {
  const { db } = useTablet();
  return useLiveQuery(() => countPending(db), [db]);
}

export function useDiscardDeadLetter(): (id: MutationId) => Promise<void> {
  const { db } = useTablet();
  return useCallback((id) => discardDeadLetter(db, id), [db]);
}

/**
 * Wipe the tablet and forget its enrolment, losing at most `confirmedPending` waiting changes.
 * Once wiped, the app falls back to the enrolment screen.
 */
export function useResetTablet(): (confirmedPending: number) => Promise<ResetOutcome> {
  const { db } = useTablet();
  const unenrolled = useSession((s) => s.unenrolled);
  return useCallback(
    async (confirmedPending) => {
      const outcome = await resetTablet(db, confirmedPending);
      if (outcome.reset) unenrolled();
      return outcome;
    },
    [db, unenrolled],
  );
}
