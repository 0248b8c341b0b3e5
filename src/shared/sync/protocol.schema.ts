import { z } from 'zod';
import { MemberChange } from './types/member.sync';
import { EventChange } from './types/event.sync';
import { PulledChange, SYNCED_TYPE_NAMES, type SyncedTypeName } from './synced-types';

export {
  SearchKeys,
  MemberChange,
  MemberCreateMutation,
  MemberUpdateMutation,
  MemberDeleteMutation,
  MemberEraseMutation,
} from './types/member.sync';
export { EventChange, EventRecordMutation } from './types/event.sync';
export { Mutation, type MutationKind, PulledChange } from './synced-types';

/**
 * The sync protocol version. The server accepts the current and the previous one;
 * an older tablet is answered 426 and offered the app update.
 * 2: pull pages carry their `span` (and the first one `remainingMembers`), push answers the store's change number (`seq`); a tablet of
 * version 1 parses answers strictly, so it is sent neither.
 * 3: a pull page carries `changes` of any synced type in change-number order (decision 0014); a
 * tablet of version 1 or 2 keeps getting `members` and `events`, and no change of a later type.
 *    A push may refuse a change with `already-voided`; older tablets know only the codes of their
 * day, so they are answered with an older code (`rejectionCodeFor` in rejections.ts).
 * 4: pages may carry the field-record types (till figures, targets, task states, message
 * templates; decision 0016); a tablet of version 3 or older is never sent them.
 * 5: a contact event may carry its `outcome`, a member her `preferredName`; a tablet of version 4 or
 * older parses both strictly, so it is sent them without (`FIELDS_OF_5`). The store settings
 * record carries the holiday calendar and task timing; a tablet of version 4 or older is sent the
 * record without them (settings.sync.ts), and is sent it again, whole, once it is updated.
 */
export const PROTOCOL_VERSION = 5;
/** The first protocol whose tablets are sent a contact's `outcome` and a member's `preferredName`. */
export const FIELDS_OF_5 = 5;
export const OLDEST_SUPPORTED_PROTOCOL = 1;
/** The header every sync request carries its protocol version in. */
export const PROTOCOL_HEADER = 'x-floorbook-protocol';

export const MAX_PUSH_MUTATIONS = 500;
export const MAX_PUSH_BYTES = 1_000_000;
export const MAX_PULL_LIMIT = 5_000;

export const PushRequest = z.strictObject({
  protocol: z.int().min(1),
  mutations: z.array(z.unknown()).min(1).max(MAX_PUSH_MUTATIONS),
});
export type PushRequest = z.infer<typeof PushRequest>;

/** Codes a mutation can be rejected with; each is permanent (retrying cannot help). */
export const RejectionCode = z.enum([
  'invalid',
  'forbidden',
  'unknown-member',
  'member-gone',
  'phone-taken',
  'total-mismatch',
  'unknown-event',
  'already-voided',
]);
export type RejectionCode = z.infer<typeof RejectionCode>;

export const MutationResult = z.discriminatedUnion('status', [
  z.strictObject({ id: z.string(), status: z.literal('applied') }),
  z.strictObject({ id: z.string(), status: z.literal('duplicate') }),
  z.strictObject({
    id: z.string(),
    status: z.literal('rejected'),
    code: RejectionCode,
    message: z.string(),
    field: z.string().optional(),
  }),
]);
export type MutationResult = z.infer<typeof MutationResult>;

export const PushResponse = z.strictObject({
  results: z.array(MutationResult),
  serverTime: z.int(),
  /**
   * The store's change number after this batch (protocol 2): a pull that reaches it holds every
   * change this batch applied. A tablet whose pull ends below it pulls again.
   */
  seq: z.int().nonnegative().optional(),
});
export type PushResponse = z.infer<typeof PushResponse>;

export const PageSpan = z.strictObject({
  from: z.int().nonnegative(),
  to: z.int().nonnegative(),
  count: z.int().nonnegative(),
});
export type PageSpan = z.infer<typeof PageSpan>;

/** A pull page as protocols 1 and 2 have it: members and events only. */
export const PullResponse = z.strictObject({
  /** Opaque to the tablet: pass it back as it came. */
  cursor: z.string(),
  hasMore: z.boolean(),
  /** The cursor is older than tombstone retention: drop the local copy and download again. */
  resync: z.boolean(),
  /** Rows left after this page when known (first page only), for the first-download progress bar. */
  remaining: z.int().nonnegative().nullable(),
  /** Of `remaining`, the members (first page only), so staff see members and history apart; older servers leave it out. */
  remainingMembers: z.int().nonnegative().optional(),
  members: z.array(MemberChange),
  events: z.array(EventChange),
  serverTime: z.int(),
  /**
   * What this page covers (protocol 2): the change numbers after `from` up to `to`, in `count`
   * rows. The tablet checks it received `count` rows and that each page starts where the last one
   * it stored ended, so a row dropped on the way is noticed and pulled again.
   */
  span: PageSpan.optional(),
});
export type PullResponse = z.infer<typeof PullResponse>;

/** A pull page of protocol 3: the same frame, with the changes of every synced type in change order. */
export const ChangesPage = z.strictObject({
  ...PullResponse.omit({ members: true, events: true }).shape,
  changes: z.array(PulledChange),
});
export type ChangesPage = z.infer<typeof ChangesPage>;

/**
 * A page as a tablet takes it: a protocol-3 server answers with changes, an older one (a server
 * rolled back under an updated app) with members and events.
 */
export const PulledPage = z.union([ChangesPage, PullResponse]);
export type PulledPage = z.infer<typeof PulledPage>;

/** A page's changes of every type, in the order the server sent them. */
export function changesOfPage(page: PulledPage): PulledChange[] {
  if ('changes' in page) return page.changes;
  return [
    ...page.events.map((change) => ({ type: 'event' as const, change })),
    ...page.members.map((change) => ({ type: 'member' as const, change })),
  ];
}

/** A page's changes grouped by type, each group in the order the server sent it. */
export function changesByType(page: PulledPage): {
  [N in SyncedTypeName]: Extract<PulledChange, { type: N }>['change'][];
} {
  const groups = Object.fromEntries(SYNCED_TYPE_NAMES.map((n) => [n, [] as unknown[]])) as Record<
    SyncedTypeName,
    unknown[]
  >;
  for (const c of changesOfPage(page)) groups[c.type].push(c.change);
  return groups as { [N in SyncedTypeName]: Extract<PulledChange, { type: N }>['change'][] };
}
