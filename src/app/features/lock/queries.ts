import { useLiveQuery } from 'dexie-react-hooks';
import type { StaffRoster } from '../../../shared/schemas/security.schema';
import { NO_PIN_FAILURES, type PinFailures } from '../../db/access-guards';
import { readMeta } from '../../db/meta';
import { lastContactOf } from '../../tablet/write-gate';
import { useTablet } from '../../tablet/tablet-context';

/** The store's staff and lock rules as last downloaded: undefined while reading, null before the first download. */
export function useStaffRoster(): StaffRoster | null | undefined {
  const { db } = useTablet();
  return useLiveQuery(async () => (await readMeta(db, 'staffRoster')) ?? null, [db]);
}

/** Wrong PINs counted on this tablet; undefined while reading. */
export function usePinFailures(): PinFailures | undefined {
  const { db } = useTablet();
  return useLiveQuery(async () => (await readMeta(db, 'pinFailures')) ?? NO_PIN_FAILURES, [db]);
}

/** When the server last answered this tablet (tablet time); null if never; undefined while reading. */
export function useLastContactAt(): number | null | undefined {
  const { db } = useTablet();
  return useLiveQuery(() => lastContactOf(db), [db]);
}
