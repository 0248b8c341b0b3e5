import { useLiveQuery } from 'dexie-react-hooks';
import type { MemberId } from '../../../shared/schemas/ids.schema';
import type { TierId } from '../../../shared/domain/programme/rules';
import { tiersOf } from '../../search/result-tiers';
import { useStoreSettings } from '../store-settings/use-store-settings';
import { useTablet } from '../../tablet/tablet-context';

/**
 * The tiers of the members shown, kept current as their visits and purchases change; undefined
 * until read (the cards show without a tier meanwhile).
 */
export function useResultTiers(
  ids: readonly MemberId[],
  now: number,
): ReadonlyMap<MemberId, TierId> | undefined {
  const { db } = useTablet();
  const { rules } = useStoreSettings();
  // The ids as text, so a new array of the same members does not read again. The clock is read
  // when the query runs: a purchase recorded a second ago must count, and `now` (a minute tick)
  // only moves the tier window on.
  const key = ids.join(' ');
  return useLiveQuery(
    () => tiersOf(db, key === '' ? [] : (key.split(' ') as MemberId[]), Date.now(), rules),
    [db, key, now, rules],
  );
}
