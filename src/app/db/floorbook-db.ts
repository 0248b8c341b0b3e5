import Dexie, { type EntityTable, type Table } from 'dexie';
import type { MemberRecord } from '../../shared/schemas/member.schema';
import type { MemberEvent } from '../../shared/schemas/event.schema';
import type { MemberId, MutationId } from '../../shared/schemas/ids.schema';
import type { Mutation, RejectionCode, SearchKeys } from '../../shared/sync/protocol.schema';
import type { SyncedTypeName } from '../../shared/sync/synced-types';
import type { StoreSettingsFields, StoreSettingsRecord } from '../../shared/domain/store-settings';
import type { FieldRecord } from '../../shared/domain/field-record';
import type { FieldRecordType } from '../../shared/domain/field-record-types';
import type { AuditEntry } from '../../shared/schemas/security.schema';
import type { RosterKeys } from '../search/roster-keys';

/** The server's copy of a member, as last pulled or as acknowledged since. */
export interface MemberBase {
  record: MemberRecord;
  keys: SearchKeys;
}

/**
 * A member as the tablet keeps it: the record as the floor sees it (the server's record with
 * this tablet's unsynced edits on top), its search keys, and index fields derived on every write.
 * The tier is not stored: it is derived from events when read.
 */
export interface MemberRow extends MemberRecord, SearchKeys {
  /**
   * The server's record under this tablet's unsynced edits, kept so a refused edit can be undone.
   * Absent when nothing is pending (the row is the server's record); null when the member has not
   * reached the server yet.
   */
  base?: MemberBase | null;
  phone: string;
  phoneTail: string;
  cardNo: string;
  name: string;
  /** Latest visit or purchase that was not voided; 0 when the member has never visited. */
  lastVisitAt: number;
}

export type EventRow = MemberEvent;

/** A change waiting to reach the server, in the order it was made. */
export interface OutboxRow {
  seq?: number;
  id: MutationId;
  /** The synced type the change writes (decision 0014). */
  type: SyncedTypeName;
  /**
   * The member the change is about, when it is about a person: a pulled member is rebased on her
   * pending edits, and her erasure drops her queued changes.
   */
  memberId?: MemberId;
  mutation: Mutation;
  /** Search keys for a sign-up or rename, so a rebased row keeps the name it is shown by. */
  keys?: SearchKeys;
  queuedAt: number;
  attempts: number;
  lastError: string | null;
}

/** Why a dead letter was refused: the server's code, or `too-large` when no request could carry it. */
export type DeadLetterCode = RejectionCode | 'too-large';

/** A change the server refused for good; kept and shown to staff, never retried. */
export interface DeadLetterRow {
  id: MutationId;
  type: SyncedTypeName;
  memberId?: MemberId;
  mutation: Mutation;
  code: DeadLetterCode;
  message: string;
  field?: string;
  at: number;
}

/** A member merged into another on the server; an open profile follows `into`. */
export interface MergeRow {
  id: MemberId;
  into: MemberId;
  at: number;
}

/** Something the audit log must hear of (a profile viewed, a number revealed, a PIN failed), waiting for upload. */
export type AuditRow = AuditEntry;

/** The search keys of the whole roster, saved so the next start answers before reading every row (0007). */
export interface RosterKeysRow {
  id: 'roster';
  keys: RosterKeys;
}

/** The store's settings: the server's record, and what the floor runs on with this tablet's waiting edits. */
export interface SettingsRow {
  storeId: string;
  server: StoreSettingsRecord | null;
  fields: StoreSettingsFields;
}

/**
 * A field record of any type (decision 0016): the server's record, and the fields as the floor
 * sees them with this tablet's waiting edits on top.
 */
export interface RecordRow {
  type: FieldRecordType;
  key: string;
  /** Null while the record has not reached the server (made by an edit still waiting). */
  server: FieldRecord<object> | null;
  fields: Record<string, unknown>;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export interface FloorbookDbOptions {
  name?: string;
  /** fake-indexeddb in tests: each simulated tablet gets its own factory. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /** Called after this connection closed for a newer version; the default tells every tab to reload. */
  onVersionChange?: () => void;
}

export const DB_NAME = 'floorbook';

/**
 * The member indexes of the current schema; exported so the benchmark's bare-Dexie floor uses
 * the same. Name, pinyin, initials and phone tail are searched in memory (src/app/search), not
 * through IndexedDB: each index costs about a second per 50,000 rows of a first download.
 */
export const EVENT_INDEXES = 'id, memberId';

export const MEMBER_INDEXES = 'id, phone, cardNo';
export const RELOAD_CHANNEL = 'floorbook-db';

/**
 * The tablet's one database. Version blocks are only ever appended: a tablet may skip releases,
 * and Dexie upgrades it through every block in turn. Writes are strict-durability, because
 * Chrome's relaxed default can lose an acknowledged write when the tablet loses power.
 */
export class FloorbookDb extends Dexie {
  members!: EntityTable<MemberRow, 'id'>;
  events!: EntityTable<EventRow, 'id'>;
  outbox!: EntityTable<OutboxRow, 'seq'>;
  deadLetters!: EntityTable<DeadLetterRow, 'id'>;
  merges!: EntityTable<MergeRow, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;
  audit!: EntityTable<AuditRow, 'id'>;
  rosterKeys!: EntityTable<RosterKeysRow, 'id'>;
  settings!: EntityTable<SettingsRow, 'storeId'>;
  records!: Table<RecordRow, [FieldRecordType, string]>;

  constructor(options: FloorbookDbOptions = {}) {
    super(options.name ?? DB_NAME, {
      chromeTransactionDurability: 'strict',
      ...(options.indexedDB && { indexedDB: options.indexedDB }),
      ...(options.IDBKeyRange && { IDBKeyRange: options.IDBKeyRange }),
    });
    this.version(1).stores({
      members:
        'id, phone, phoneTail, name, pinyin, initials, cardNo, ownerStaffId, birthdaySolarMD, birthdayLunarMD, lastVisitAt',
      events: 'id, memberId, [memberId+at], kind, at',
      outbox: '++seq, &id, memberId',
      deadLetters: 'id, memberId, at',
      merges: 'id, into',
      meta: 'key',
    });
    // Search moved to an in-memory index (docs/decisions/0006-search-in-memory.md).
    this.version(2).stores({ members: MEMBER_INDEXES });
    // Events are read per member only; every other index slowed the first download (0006).
    this.version(3).stores({ events: EVENT_INDEXES });
    // Audit entries made on the tablet wait here for upload (docs/decisions/0008).
    this.version(4).stores({ audit: 'id, at' });
    // A copy of the search keys; anything that removes a member drops it in the same transaction.
    this.version(5).stores({ rosterKeys: 'id' });
    // Lists by owner, birthday or last visit come from the in-memory roster too; each of these
    // indexes cost about a second per 50,000 members of a first download (0006).
    this.version(6).stores({ members: MEMBER_INDEXES });
    // Changes of any synced type wait in the outbox, each with its type (0014). A tablet upgrades
    // while holding changes it has not sent: every one is carried over, typed by what it writes.
    this.version(7)
      .stores({})
      .upgrade(async (tx) => {
        const typed = (row: { type?: SyncedTypeName; mutation: Mutation }) => {
          row.type = row.mutation.entity;
        };
        await tx.table('outbox').toCollection().modify(typed);
        await tx.table('deadLetters').toCollection().modify(typed);
      });
    // The store's settings (programme rules, time zone), synced like any record (0014).
    this.version(8).stores({ settings: 'storeId' });
    // Every field-record type in one table, by type and key (0016).
    this.version(9).stores({ records: '[type+key], type' });
    const onVersionChange = options.onVersionChange ?? (() => postReload());
    // An old tab must never block a newer tab's upgrade (the new tab would load blank):
    // close at once, then let the app reload into the new code.
    this.on('versionchange', () => {
      this.close();
      onVersionChange();
      return false;
    });
  }
}

function postReload(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(RELOAD_CHANNEL);
  channel.postMessage({ type: 'reload' });
  channel.close();
}

/** Reload this tab when another tab says the database moved to a newer version. Returns a stop function. */
export function onReloadRequested(reload: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(RELOAD_CHANNEL);
  channel.onmessage = (e: MessageEvent<unknown>) => {
    if (typeof e.data === 'object' && e.data !== null && (e.data as { type?: unknown }).type === 'reload')
      reload();
  };
  return () => channel.close();
}
