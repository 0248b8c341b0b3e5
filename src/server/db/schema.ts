import type { Generated } from 'kysely';

/** Timestamps are ms since epoch; JSON documents are stored as text so both dialects agree. */
export interface StoresTable {
  id: string;
  name: string;
  created_at: number;
  /** The store's change counter: every synced row takes the next value under this row's lock. */
  seq: number;
  /** Tombstones at or below this seq have been purged; older cursors must resync. */
  purged_seq: number;
  /** The highest HLC the store has applied; clocks beyond the drift limit are assigned above it (0010). */
  hlc: Generated<string>;
}

export interface StaffTable {
  id: string;
  store_id: string;
  name: string;
  role: 'associate' | 'manager' | 'owner';
  password_hash: string | null;
  /** scrypt of HMAC(secret, PIN): the server's own check. */
  pin_verifier: string | null;
  /** The tablet's PBKDF2 verifier, AES-GCM encrypted with a key from the server secret. */
  pin_offline: string | null;
  created_at: number;
  disabled_at: number | null;
  seq: number;
  /** 1 for head office (the chain's first owner): she sees every store's figures, never their members. */
  chain_admin: Generated<number>;
}

export interface DevicesTable {
  id: string;
  store_id: string;
  name: string;
  token_hash: string;
  created_at: number;
  revoked_at: number | null;
  revoked_by: string | null;
  last_seen_at: number | null;
}

export interface MembersTable {
  id: string;
  store_id: string;
  seq: number;
  state: 'live' | 'deleted' | 'erased' | 'merged';
  merged_into: string | null;
  phone: string | null;
  /** JSON MemberRecord while live; null once gone. */
  record: string | null;
  pinyin: string;
  initials: string;
  created_hlc: string;
  updated_at: number;
}

export interface EventsTable {
  id: string;
  store_id: string;
  member_id: string;
  seq: number;
  kind: string;
  at: number;
  /** JSON MemberEvent. */
  body: string;
  received_at: number;
}

export interface MutationsTable {
  id: string;
  store_id: string;
  device_id: string;
  staff_id: string;
  kind: string;
  status: 'applied' | 'rejected';
  code: string | null;
  received_at: number;
}

export interface MemberMergesTable {
  id: string;
  store_id: string;
  winner_id: string;
  loser_id: string;
  merged_at: number;
  reviewed_at: number | null;
  reviewed_by: string | null;
}

export interface StaffSessionsTable {
  token_hash: string;
  store_id: string;
  staff_id: string;
  device_id: string;
  created_at: number;
  expires_at: number;
}

export interface EnrolCodesTable {
  code_hash: string;
  store_id: string;
  created_by: string;
  created_at: number;
  expires_at: number;
  used_at: number | null;
}

export interface SignInFailuresTable {
  /** 'staff:<id>' or 'device:<id>'. */
  subject: string;
  failures: number;
  last_failed_at: number;
}

export interface AuditLogTable {
  id: string;
  store_id: string;
  at: number;
  staff_id: string | null;
  device_id: string | null;
  action: string;
  member_id: string | null;
  /** JSON, never personal data beyond ids: the audit log outlives erasure. */
  detail: string | null;
  received_at: number;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface StoreSettingsTable {
  store_id: string;
  seq: number;
  /** JSON StoreSettingsRecord. */
  record: string;
  updated_at: number;
}

/** A field record of a store (decision 0016), one table for every such type. */
export interface FieldRecordsTable {
  store_id: string;
  /** The synced type's name, e.g. tillDay. */
  type: string;
  key: string;
  seq: number;
  /** JSON FieldRecord. */
  record: string;
  updated_at: number;
}

export interface PosKeysTable {
  id: string;
  store_id: string;
  label: string;
  /** sha256 of the key, like a tablet's credential: the key itself is shown once and never kept. */
  key_hash: string;
  created_at: number;
  created_by: string;
  last_used_at: number | null;
  revoked_at: number | null;
  revoked_by: string | null;
}

export interface PosPostsTable {
  store_id: string;
  /** The till's own id of the post: the same post sent twice counts once. */
  post_id: string;
  key_id: string;
  days: number;
  received_at: number;
}

export interface Database {
  stores: StoresTable;
  staff: StaffTable;
  devices: DevicesTable;
  members: MembersTable;
  events: EventsTable;
  mutations: MutationsTable;
  member_merges: MemberMergesTable;
  meta: MetaTable;
  staff_sessions: StaffSessionsTable;
  enrol_codes: EnrolCodesTable;
  sign_in_failures: SignInFailuresTable;
  audit_log: AuditLogTable;
  store_settings: StoreSettingsTable;
  field_records: FieldRecordsTable;
  pos_keys: PosKeysTable;
  pos_posts: PosPostsTable;
}

export type { Generated };
