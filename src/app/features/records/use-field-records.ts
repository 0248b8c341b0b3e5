import { useLiveQuery } from 'dexie-react-hooks';
import type { FieldRecordFields, FieldRecordType } from '../../../shared/domain/field-record-types';
import { useTablet } from '../../tablet/tablet-context';

/**
 * Every record of a field-record type this tablet holds, by key, with its own waiting edits:
 * live, so a pull or an edit shows at once. Undefined while the first read runs. A record holds
 * only the fields written so far: the screen supplies its default for the others.
 */
export function useFieldRecords<N extends FieldRecordType>(
  type: N,
): ReadonlyMap<string, Partial<FieldRecordFields[N]>> | undefined {
  const { db } = useTablet();
  return useLiveQuery(async () => {
    const rows = await db.records.where('type').equals(type).toArray();
    return new Map(rows.map((row) => [row.key, row.fields as Partial<FieldRecordFields[N]>]));
  }, [db, type]);
}

/** One field record's fields, live; undefined while reading or until its first edit. */
export function useFieldRecord<N extends FieldRecordType>(
  type: N,
  key: string,
): Partial<FieldRecordFields[N]> | undefined {
  const { db } = useTablet();
  return useLiveQuery(
    async () => (await db.records.get([type, key]))?.fields as Partial<FieldRecordFields[N]> | undefined,
    [db, type, key],
  );
}
