import type { Kysely, Migration } from 'kysely';

/**
 * The store's clock (decision 0010): the highest HLC its members' fields were written with. A
 * tablet clock beyond the drift limit takes the next clock above it, so no two changes share one.
 * '' for a store that has applied nothing yet, or that was created before this column.
 */
export const storeClock: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('stores')
      .addColumn('hlc', 'text', (c) => c.notNull().defaultTo(''))
      .execute();
  },
};
