import { MAX_PULL_LIMIT, type PullResponse } from '../../shared/sync/protocol.schema';
import { typeServedWhole, typesForProtocol, type SyncedTypeName } from '../../shared/sync/synced-types';
import type { Db } from '../db/handle';
import { ApiError } from '../http/api-error';
import { storeSyncMarks } from '../repositories/store-sync.repository';
import { cursorProtocol, decodeCursor, encodeCursor } from './cursor';
import { SERVER_TYPES } from './server-types';
import type { SplicedChange } from './server-type';

type PageMeta = Omit<PullResponse, 'members' | 'events'>;

interface PageRow extends SplicedChange {
  type: SyncedTypeName;
}

/** The first protocol whose pages carry `changes` of any type rather than `members` and `events`. */
const CHANGES_PROTOCOL = 3;

/**
 * The store's changes after a cursor, in change-number order, at most `limit` rows, as the JSON
 * text of a pull page. Change numbers commit in order (sync-tx.ts), so what a page shows never
 * gains a row below its cursor. Each synced type answers for its own rows (server-types.ts); a
 * tablet is sent only the types its protocol knows.
 *
 * Records and events are stored as the JSON the server itself wrote after checking them, so the
 * page is spliced from that text: parsing 5,000 records only to serialise them again was most of
 * the server's work in a first download.
 */
export async function pullPageJson(
  db: Db,
  storeId: string,
  cursor: string,
  limit: number,
  now: number,
  /** The tablet's protocol: 1 refuses unknown fields, 2 reads the span, 3 reads `changes`. */
  protocol: number,
): Promise<string> {
  const after = decodeCursor(cursor);
  const store = await storeSyncMarks(db, storeId);
  if (!store) throw new ApiError(401, 'unauthenticated');
  if (after > store.seq) throw new ApiError(422, 'invalid-field', 'cursor');
  const types = typesForProtocol(protocol);
  // Tombstones this tablet never saw are gone: it must download everything again.
  if (after > 0 && after < store.purgedSeq)
    return pageJson(protocol, { serverTime: now, cursor, hasMore: false, resync: true, remaining: null }, []);

  // Every change number up to the store's, as read just now, belongs to a transaction that has
  // finished (numbers are taken under the store's row lock). Reading each type only up to it
  // gives the reads one cut: on PostgreSQL each statement sees the commits made before it, so
  // without the bound a push committing between them could show its event but not its member,
  // and the cursor would pass the member for good.
  const upTo = store.seq;
  const caughtUp = await catchUp(db, storeId, after, cursorProtocol(cursor), types, protocol);
  let below = upTo + 1;
  const rows: PageRow[] = [];
  for (const type of types) {
    const changes = await SERVER_TYPES[type].changesAfter(db, {
      storeId,
      after,
      below,
      limit: limit + 1,
      protocol,
    });
    // A type that fills the page holds no row of a later type numbered above its last one: those
    // are not read at all.
    if (changes.length > limit) below = changes.at(-1)?.seq ?? below;
    for (const c of changes) rows.push({ type, ...c });
  }
  // Each list is in change order: the page takes the lowest numbers of them all, up to the limit.
  rows.sort((a, b) => a.seq - b.seq);
  const page = rows.slice(0, limit);
  const hasMore = rows.length > limit;
  // The last page covers every number up to the store's: the numbers above its last row belong
  // to rows rewritten since (or to staff, not pulled here).
  const to = hasMore ? (page.at(-1)?.seq ?? after) : upTo;
  const left = after === 0 ? await countAfter(db, storeId, to, types) : null;
  const sent = [...caughtUp, ...page];
  const withSpan = protocol >= 2;
  const meta: PageMeta = {
    serverTime: now,
    cursor: encodeCursor(to, protocol),
    hasMore,
    resync: false,
    remaining: left && Object.values(left).reduce((sum, n) => sum + n, 0),
    // Fields a protocol-1 tablet does not know would make it refuse the page.
    ...(withSpan && left && { remainingMembers: left.member ?? 0 }),
    ...(withSpan && { span: { from: after, to, count: sent.length } }),
  };
  return pageJson(protocol, meta, sent);
}

/**
 * The rows up to the cursor of the types its protocol was not sent, or was sent only in part (a
 * settings record without the fields of a later protocol): a tablet updated since holds none of
 * them, or not all. Such a type is small per store (a settings record), so its rows all come on
 * the next page, ahead of the rest and outside its limit.
 */
async function catchUp(
  db: Db,
  storeId: string,
  after: number,
  servedAt: number | null,
  types: readonly SyncedTypeName[],
  protocol: number,
): Promise<PageRow[]> {
  if (servedAt === null || after === 0) return [];
  const missed = types.filter((type) => typeServedWhole(type) > servedAt);
  const rows: PageRow[] = [];
  for (const type of missed) {
    const changes = await SERVER_TYPES[type].changesAfter(db, {
      storeId,
      after: 0,
      below: after + 1,
      limit: MAX_PULL_LIMIT,
      protocol,
    });
    for (const c of changes) rows.push({ type, ...c });
  }
  return rows.sort((a, b) => a.seq - b.seq);
}

/** The page's text: its frame, then the rows spliced in as the text they were stored as. */
function pageJson(protocol: number, meta: PageMeta, rows: readonly PageRow[]): string {
  const head = JSON.stringify(meta).slice(0, -1);
  if (protocol >= CHANGES_PROTOCOL)
    return `${head},"changes":[${rows.map((r) => `{"type":"${r.type}","change":${r.json}}`).join(',')}]}`;
  const of = (type: SyncedTypeName) => rows.flatMap((r) => (r.type === type ? [r.json] : [])).join(',');
  return `${head},"members":[${of('member')}],"events":[${of('event')}]}`;
}

/** Rows of each type still to come after the first page, for the first download's progress. */
async function countAfter(
  db: Db,
  storeId: string,
  after: number,
  types: readonly SyncedTypeName[],
): Promise<Partial<Record<SyncedTypeName, number>>> {
  const counts = await Promise.all(types.map((t) => SERVER_TYPES[t].countAfter(db, storeId, after)));
  return Object.fromEntries(types.map((t, i) => [t, counts[i]]));
}
