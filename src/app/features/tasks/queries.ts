import { useLiveQuery } from 'dexie-react-hooks';
import type { MemberId, StaffId } from '../../../shared/schemas/ids.schema';
import type { EventRow, MemberRow } from '../../db/floorbook-db';
import { useTablet } from '../../tablet/tablet-context';

/** The members whose tasks an associate may hold, with their events grouped by member. */
export interface TaskInputs {
  readonly members: readonly MemberRow[];
  readonly events: ReadonlyMap<MemberId, EventRow[]>;
}

/**
 * Her own members, and the members a manager handed one of their tasks to her (`picked`), read
 * together so they agree; live, so a purchase or a pulled change shows at once. Undefined while
 * reading.
 */
export function useTaskInputs(staffId: StaffId, picked: readonly MemberId[]): TaskInputs | undefined {
  const { db } = useTablet();
  const pickedKey = picked.join(',');
  return useLiveQuery(
    () =>
      db.transaction('r', [db.members, db.events], async () => {
        const wanted = new Set(picked);
        // No owner index: each cost a second per 50,000 members of a first download (0006).
        const members = (await db.members.toArray()).filter(
          (m) => m.fields.ownerStaffId === staffId || wanted.has(m.id),
        );
        const events = new Map<MemberId, EventRow[]>(members.map((m) => [m.id, []]));
        for (const e of await db.events
          .where('memberId')
          .anyOf([...events.keys()])
          .toArray())
          events.get(e.memberId)?.push(e);
        return { members, events };
      }),
    [db, staffId, pickedKey],
  );
}
