import type { MemberId } from '../../shared/schemas/ids.schema';
import type { TabletSyncedType } from './tablet-type';
import { refreshLastVisit } from './member-writes';

/** Events are written once and never edited: a pulled one is stored as it came. */
export const eventTablet: TabletSyncedType<'event'> = {
  tables: (db) => [db.events],

  async apply(db, changes, work) {
    await db.events.bulkPut(changes.map((c) => c.event));
    for (const { event } of changes) {
      if (event.kind === 'void') work.recount.add(event.memberId);
      else if (event.kind === 'visit' || event.kind === 'purchase')
        work.visitsInPage.set(event.memberId, Math.max(work.visitsInPage.get(event.memberId) ?? 0, event.at));
    }
  },

  async settle(db, _taken, refused) {
    const recount = new Set<MemberId>();
    for (const row of refused) {
      if (row.mutation.kind !== 'event.record') continue;
      await db.events.delete(row.mutation.entityId);
      if (row.memberId) recount.add(row.memberId);
    }
    await refreshLastVisit(db, recount);
  },

  async rebuild(db, pending) {
    for (const row of pending)
      if (row.mutation.kind === 'event.record') await db.events.put(row.mutation.payload);
  },
};
