import type { SelectQueryBuilder } from 'kysely';
import type { Database } from '../db/schema';

/** The tables whose rows carry a store's change number, as pulls read them. */
type NumberedTable = 'members' | 'events' | 'store_settings' | 'field_records';

/** A store's change numbers in (after, below), at most `limit` of them: one page of a pull. */
export interface SeqRange {
  storeId: string;
  after: number;
  below: number;
  limit: number;
}

/** Narrows a select of a numbered table to the rows of `range`, in change order. */
export function inSeqRange<TB extends NumberedTable, O>(
  query: SelectQueryBuilder<Database, TB, O>,
  range: SeqRange,
): SelectQueryBuilder<Database, TB, O> {
  // Kysely cannot type a column's values for a table left generic; every numbered table has these
  // two columns with the same types, so the query is narrowed as one over all of them.
  const numbered: SelectQueryBuilder<Database, NumberedTable, O> = query;
  return numbered
    .where('store_id', '=', range.storeId)
    .where('seq', '>', range.after)
    .where('seq', '<', range.below)
    .orderBy('seq')
    .limit(range.limit);
}
