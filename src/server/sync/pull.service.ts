import type { Kysely } from 'kysely';
import type { EventChange, MemberChange, PullResponse } from '../../shared/sync/protocol.schema';
import type { MemberRecord } from '../../shared/schemas/member.schema';
import type { MemberEvent } from '../../shared/schemas/event.schema';
import type { Database } from '../db/schema';
import { ApiError } from '../http/api-error';
import { decodeCursor, encodeCursor } from './cursor';

type Row = { seq: number } & ({ member: MemberChange } | { event: EventChange });

/**
 * The store's changes after a cursor, in change-number order, at most `limit` rows. Change
 * numbers commit in order (sync-tx.ts), so what a page shows never gains a row below its cursor.
 */
export async function pullPage(
  db: Kysely<Database>,
  storeId: string,
  cursor: string,
  limit: number,
  now: number,
): Promise<PullResponse> {
  const after = decodeCursor(cursor);
  const store = await db
    .selectFrom('stores')
    .select(['seq', 'purged_seq'])
    .where('id', '=', storeId)
    .executeTakeFirst();
  if (!store) throw new ApiError(401, 'unauthenticated');
  if (after > store.seq) throw new ApiError(422, 'invalid-field', 'cursor');
  const base = { serverTime: now, members: [], events: [] };
  // Tombstones this tablet never saw are gone: it must download everything again.
  if (after > 0 && after < store.purged_seq)
    return { ...base, cursor, hasMore: false, resync: true, remaining: null };

  // Every change number up to the store's, as read just now, belongs to a transaction that has
  // finished (numbers are taken under the store's row lock). Reading both tables only up to it
  // gives the two reads one cut: on PostgreSQL each statement sees the commits made before it, so
  // without the bound a push committing between them could show its event but not its member,
  // and the cursor would pass the member for good.
  const upTo = store.seq;
  const [members, events] = await Promise.all([
    db
      .selectFrom('members')
      .select(['id', 'seq', 'state', 'merged_into', 'record', 'pinyin', 'initials'])
      .where('store_id', '=', storeId)
      .where('seq', '>', after)
      .where('seq', '<=', upTo)
      .orderBy('seq')
      .limit(limit + 1)
      .execute(),
    db
      .selectFrom('events')
      .select(['seq', 'body'])
      .where('store_id', '=', storeId)
      .where('seq', '>', after)
      .where('seq', '<=', upTo)
      .orderBy('seq')
      .limit(limit + 1)
      .execute(),
  ]);
  const rows: Row[] = [
    ...members.map((m): Row => ({ seq: m.seq, member: memberChange(m) })),
    ...events.map((e): Row => ({ seq: e.seq, event: { event: JSON.parse(e.body) as MemberEvent } })),
  ].sort((a, b) => a.seq - b.seq);
  const page = rows.slice(0, limit);
  const last = page.at(-1)?.seq ?? after;
  return {
    ...base,
    cursor: encodeCursor(last),
    hasMore: rows.length > limit,
    resync: false,
    remaining: after === 0 ? await countAfter(db, storeId, last) : null,
    members: page.flatMap((r) => ('member' in r ? [r.member] : [])),
    events: page.flatMap((r) => ('event' in r ? [r.event] : [])),
  };
}

function memberChange(m: {
  id: string;
  state: string;
  merged_into: string | null;
  record: string | null;
  pinyin: string;
  initials: string;
}): MemberChange {
  if (m.state === 'live' && m.record !== null)
    return {
      state: 'live',
      record: JSON.parse(m.record) as MemberRecord,
      keys: { pinyin: m.pinyin, initials: m.initials },
    };
  return {
    state: 'gone',
    id: m.id as MemberRecord['id'],
    reason: m.state === 'merged' ? 'merged' : m.state === 'erased' ? 'erased' : 'deleted',
    mergedInto: m.merged_into as MemberRecord['id'] | null,
  };
}

/** Rows still to come after the first page, for the first download's progress bar. */
async function countAfter(db: Kysely<Database>, storeId: string, after: number): Promise<number> {
  const count = (table: 'members' | 'events') =>
    db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('store_id', '=', storeId)
      .where('seq', '>', after)
      .executeTakeFirstOrThrow();
  const [m, e] = await Promise.all([count('members'), count('events')]);
  return m.n + e.n;
}
