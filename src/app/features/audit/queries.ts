import { useLiveQuery } from 'dexie-react-hooks';
import type { MemberId } from '../../../shared/schemas/ids.schema';
import { useTablet } from '../../tablet/tablet-context';

const NONE: ReadonlyMap<string, string> = new Map();

/**
 * The names of the members an audit page names, from this tablet's roster. The server keeps no
 * personal data in the audit log, only ids: a member this tablet does not hold (erased, or of
 * another store) keeps her short id.
 */
export function useMemberNames(ids: readonly (string | null)[]): ReadonlyMap<string, string> {
  const { db } = useTablet();
  // As one string, so a new page of the same members does not read again.
  const key = [...new Set(ids.filter((id): id is string => id !== null))].sort().join(' ');
  return (
    useLiveQuery(async () => {
      const wanted = key === '' ? [] : (key.split(' ') as MemberId[]);
      const rows = await db.members.bulkGet(wanted);
      return new Map(rows.flatMap((row) => (row ? [[row.id as string, row.fields.name]] : [])));
    }, [db, key]) ?? NONE
  );
}
