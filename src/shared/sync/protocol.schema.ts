import { z } from 'zod';
import { DeviceId, EventId, MemberId, MutationId, StaffId } from '../schemas/ids.schema';
import { MemberFields, MemberRecord } from '../schemas/member.schema';
import { MemberEvent } from '../schemas/event.schema';
import { HLC_PATTERN } from './hlc';
import { plainText } from '../schemas/text.schema';
import { pointsAdjustmentProblem } from '../domain/points-adjustment';

/**
 * The sync protocol version. The server accepts the current and the previous one;
 * an older tablet is answered 426 and offered the app update.
 * 2: pull pages carry their `span` (and the first one `remainingMembers`), push answers the store's change number (`seq`); a tablet of
 * version 1 parses answers strictly, so it is sent neither.
 * 3: a push may refuse a change with `already-voided`; older tablets know only the codes of their
 * day, so they are answered with an older code (`rejectionCodeFor` in rejections.ts).
 */
export const PROTOCOL_VERSION = 3;
export const OLDEST_SUPPORTED_PROTOCOL = 1;
/** The header every sync request carries its protocol version in. */
export const PROTOCOL_HEADER = 'x-floorbook-protocol';

export const MAX_PUSH_MUTATIONS = 500;
export const MAX_PUSH_BYTES = 1_000_000;
export const MAX_PULL_LIMIT = 5_000;

const Hlc = z.string().regex(HLC_PATTERN);

const mutationBase = {
  id: MutationId,
  deviceId: DeviceId,
  staffId: StaffId,
  hlc: Hlc,
};

export const MemberCreateMutation = z.strictObject({
  ...mutationBase,
  kind: z.literal('member.create'),
  entity: z.literal('member'),
  entityId: MemberId,
  payload: z.strictObject({ fields: MemberFields, createdAt: z.int().nonnegative() }),
});

export const MemberUpdateMutation = z.strictObject({
  ...mutationBase,
  kind: z.literal('member.update'),
  entity: z.literal('member'),
  entityId: MemberId,
  payload: z.strictObject({ fields: MemberFields.partial() }),
});

/** A record entered by mistake: a tombstone that keeps no personal data. */
export const MemberDeleteMutation = z.strictObject({
  ...mutationBase,
  kind: z.literal('member.delete'),
  entity: z.literal('member'),
  entityId: MemberId,
  payload: z.strictObject({ reason: plainText(100) }),
});

/** The customer's right to erasure: personal data and events go, a tombstone reaches every tablet. */
export const MemberEraseMutation = z.strictObject({
  ...mutationBase,
  kind: z.literal('member.erase'),
  entity: z.literal('member'),
  entityId: MemberId,
  payload: z.strictObject({ reason: plainText(100) }),
});

/**
 * A new event. A points adjustment is held to the bound and the reason here, where a change is
 * written, not in MemberEvent, which also reads the events already stored.
 */
export const EventRecordMutation = z.strictObject({
  ...mutationBase,
  kind: z.literal('event.record'),
  entity: z.literal('event'),
  entityId: EventId,
  payload: MemberEvent.superRefine((event, ctx) => {
    const field = event.kind === 'points' ? pointsAdjustmentProblem(event.payload) : null;
    if (field) ctx.addIssue({ code: 'custom', path: ['payload', field], message: 'invalid' });
  }),
});

export const Mutation = z.discriminatedUnion('kind', [
  MemberCreateMutation,
  MemberUpdateMutation,
  MemberDeleteMutation,
  MemberEraseMutation,
  EventRecordMutation,
]);
export type Mutation = z.infer<typeof Mutation>;
export type MutationKind = Mutation['kind'];

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

/** Search keys the server derives from a member's name, so tablets need not load pinyin to download. */
export const SearchKeys = z.strictObject({
  pinyin: z.string(),
  initials: z.string(),
});
export type SearchKeys = z.infer<typeof SearchKeys>;

export const MemberChange = z.discriminatedUnion('state', [
  z.strictObject({ state: z.literal('live'), record: MemberRecord, keys: SearchKeys }),
  z.strictObject({
    state: z.literal('gone'),
    id: MemberId,
    /** Why it went: deleted by mistake, erased on request, or merged into another member. */
    reason: z.enum(['deleted', 'erased', 'merged']),
    mergedInto: MemberId.nullable(),
  }),
]);
export type MemberChange = z.infer<typeof MemberChange>;

export const EventChange = z.strictObject({ event: MemberEvent });
export type EventChange = z.infer<typeof EventChange>;

export const PageSpan = z.strictObject({
  from: z.int().nonnegative(),
  to: z.int().nonnegative(),
  count: z.int().nonnegative(),
});
export type PageSpan = z.infer<typeof PageSpan>;

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
