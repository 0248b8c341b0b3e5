import { useLiveQuery } from 'dexie-react-hooks';
import type { MemberId } from '../../../shared/schemas/ids.schema';
import { figuresOf, type MemberFigures } from '../../search/member-figures';
import { useStoreSettings } from '../store-settings/use-store-settings';
import { useTablet } from '../../tablet/tablet-context';

/**
 * Tier and spend of these members, kept current as their purchases change; undefined while read
 * (an associate's book of 5,000 reads their events once, then again only when one changes).
 */
export function useMemberFigures(ids: readonly MemberId[]): ReadonlyMap<MemberId, MemberFigures> | undefined {
  const { db } = useTablet();
  const { rules } = useStoreSettings();
  const key = ids.join(' ');
  return useLiveQuery(
    () => figuresOf(db, key === '' ? [] : (key.split(' ') as MemberId[]), Date.now(), rules),
    [db, key, rules],
  );
}
