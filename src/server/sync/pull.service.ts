import type { Kysely } from 'kysely';
import type { MemberChange, PullResponse } from '../../shared/sync/protocol.schema';
import type { MemberRecord } from '../../shared/schemas/member.schema';
import type { Database } from '../db/schema';
import { ApiError } from '../http/api-error';
import { decodeCursor, encodeCursor } from './cursor';

type PageMeta = Omit<PullResponse, 'members' | 'events'>;

interface MemberRow {
  id: string;
  seq: number;
  state: string;
  merged_into: string | null;
  record: string | null;
  pinyin: string;
  initials: string;
}

/**
 * The store's changes after a cursor, in change-number order, at most `limit` rows, as the JSON
 * text of a `PullResponse`. Change numbers commit in order (sync-tx.ts), so what a page shows
 * never gains a row below its cursor.
 *
 * Records and events are stored as the JSON the server itself wrote after checking them, so the
 * page is spliced from that text: parsing 5,000 records only to serialise them again was most of
 * the server's work in a first download.
 */
export async function pullPageJson(
  db: Kysely<Database>,
  storeId: string,
  cursor: string,
  limit: number,
  now: number,
  /** Whether the tablet reads the page's span (protocol 2); an older one refuses unknown fields. */
  withSpan: boolean,
): Promise<string> {
  const after = decodeCursor(cursor);
  const store = await db
    .selectFrom('stores')
    .select(['seq', 'purged_seq'])
    .where('id', '=', storeId)
    .executeTakeFirst();
  if (!store) throw new ApiError(401, 'unauthenticated');
  if (after > store.seq) throw new ApiError(422, 'invalid-field', 'cursor');
  // Tombstones this tablet never saw are gone: it must download everything again.
  if (after > 0 && after < store.purged_seq)
    return pageJson({ serverTime: now, cursor, hasMore: false, resync: true, remaining: null }, [], []);

  // Every change number up to the store's, as read just now, belongs to a transaction that has
  // finished (numbers are taken under the store's row lock). Reading both tables only up to it
  // gives the two reads one cut: on PostgreSQL each statement sees the commits made before it, so
  // without the bound a push committing between them could show its event but not its member,
  // and the cursor would pass the member for good.
  const upTo = store.seq;
  const members = await db
    .selectFrom('members')
    .select(['id', 'seq', 'state', 'merged_into', 'record', 'pinyin', 'initials'])
    .where('store_id', '=', storeId)
    .where('seq', '>', after)
    .where('seq', '<=', upTo)
    .orderBy('seq')
    .limit(limit + 1)
    .execute();
  // A page full of members holds no event numbered after them: those are not read at all.
  const eventsBelow = members.length > limit ? (members.at(-1)?.seq ?? upTo) : upTo + 1;
  const events = await db
    .selectFrom('events')
    .select(['seq', 'body'])
    .where('store_id', '=', storeId)
    .where('seq', '>', after)
    .where('seq', '<', eventsBelow)
    .orderBy('seq')
    .limit(limit + 1)
    .execute();
  // Both lists are in change order: take the lowest numbers of the two, up to the limit.
  const memberJson: string[] = [];
  const eventJson: string[] = [];
  let m = 0;
  let e = 0;
  let last = after;
  while (memberJson.length + eventJson.length < limit) {
    const member = members[m];
    const event = events[e];
    if (member && (!event || member.seq < event.seq)) {
      memberJson.push(memberChangeJson(member));
      last = member.seq;
      m++;
    } else if (event) {
      eventJson.push(`{"event":${event.body}}`);
      last = event.seq;
      e++;
    } else break;
  }
  const hasMore = m < members.length || e < events.length;
  // The last page covers every number up to the store's: the numbers above its last row belong
  // to rows rewritten since (or to staff, not pulled here).
  const to = hasMore ? last : upTo;
  const left = after === 0 ? await countAfter(db, storeId, to) : null;
  const meta: PageMeta = {
    serverTime: now,
    cursor: encodeCursor(to),
    hasMore,
    resync: false,
    remaining: left && left.members + left.events,
    // Fields a protocol-1 tablet does not know would make it refuse the page.
    ...(withSpan && left && { remainingMembers: left.members }),
    ...(withSpan && { span: { from: after, to, count: memberJson.length + eventJson.length } }),
  };
  return pageJson(meta, memberJson, eventJson);
}

function pageJson(meta: PageMeta, members: string[], events: string[]): string {
  const head = JSON.stringify(meta);
  return `${head.slice(0, -1)},"members":[${members.join(',')}],"events":[${events.join(',')}]}`;
}

function memberChangeJson(m: MemberRow): string {
  if (m.state === 'live' && m.record !== null)
    return `{"state":"live","record":${m.record},"keys":${JSON.stringify({ pinyin: m.pinyin, initials: m.initials })}}`;
  const gone: MemberChange = {
    state: 'gone',
    id: m.id as MemberRecord['id'],
    reason: m.state === 'merged' ? 'merged' : m.state === 'erased' ? 'erased' : 'deleted',
    mergedInto: m.merged_into as MemberRecord['id'] | null,
  };
  return JSON.stringify(gone);
}

/** Members and events still to come after the first page, for the first download's progress. */
async function countAfter(
  db: Kysely<Database>,
  storeId: string,
  after: number,
): Promise<{ members: number; events: number }> {
  const count = (table: 'members' | 'events') =>
    db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('store_id', '=', storeId)
      .where('seq', '>', after)
      .executeTakeFirstOrThrow();
  const [m, e] = await Promise.all([count('members'), count('events')]);
  return { members: m.n, events: e.n };
}
