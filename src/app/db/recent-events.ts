import type { EventRow, FloorbookDb } from './floorbook-db';

/*
 * An event's id is a UUIDv7 made on the tablet as it is recorded, so it starts with that moment's
 * time: the events recorded since an instant are among those whose id is above that instant's, a
 * range of the primary key (events have no index by time). The range starts a week early for a
 * tablet whose clock ran slow; the caller windows by `at`. Voids made later are in it too.
 */
const CLOCK_SLACK_MS = 7 * 86_400_000;

function uuidV7Floor(ms: number): string {
  const hex = Math.max(0, Math.floor(ms)).toString(16).padStart(12, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-0000-0000-000000000000`;
}

/** Every event recorded from `since` on (and some a little before). */
export function eventsRecordedSince(db: FloorbookDb, since: number): Promise<EventRow[]> {
  return db.events
    .where(':id')
    .aboveOrEqual(uuidV7Floor(since - CLOCK_SLACK_MS))
    .toArray();
}
