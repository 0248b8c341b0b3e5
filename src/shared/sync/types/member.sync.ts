import { z } from 'zod';
import { MemberId } from '../../schemas/ids.schema';
import { MemberFields, MemberRecord } from '../../schemas/member.schema';
import { plainText } from '../../schemas/text.schema';
import { mutationBase } from './mutation-base';

/** Search keys the server derives from a member's name, so tablets need not load pinyin to download. */
export const SearchKeys = z.strictObject({
  pinyin: z.string(),
  initials: z.string(),
});
export type SearchKeys = z.infer<typeof SearchKeys>;

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

/** Members: one record per person, merged field by field, last writer wins (member-merge.ts). */
export const memberSync = {
  name: 'member',
  change: MemberChange,
  mutations: [MemberCreateMutation, MemberUpdateMutation, MemberDeleteMutation, MemberEraseMutation],
  merge: 'field-lww',
  since: 1,
} as const;
