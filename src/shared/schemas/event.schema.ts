import { z } from 'zod';
import { EventId, MemberId, StaffId } from './ids.schema';
import { noteText, plainText } from './text.schema';
import { SizeCategory } from './member.schema';

/** Money is held in fen (分), integers only, so totals never drift. */
export const Fen = z.int().min(0).max(100_000_000);

export const PurchaseItem = z.strictObject({
  styleNo: plainText(30).pipe(z.string().min(1, { message: 'required' })),
  category: SizeCategory,
  size: plainText(12),
  quantity: z.int().min(1).max(99),
  unitPrice: Fen,
  /** Sold at a promotional price (drives the promotion-buyer type). */
  promotion: z.boolean().optional(),
  /** A new-season arrival (drives the new-arrival-buyer type). */
  newArrival: z.boolean().optional(),
});
export type PurchaseItem = z.infer<typeof PurchaseItem>;

export const ContactChannel = z.enum(['wechat', 'phone', 'sms', 'in-store']);
export const ContactPurpose = z.enum(['follow-up', 'birthday', 'holiday', 'season', 'dormant', 'other']);
/** What came of reaching out: she answered, she did not, she asked to be called later, she wants no more. */
export const ContactOutcome = z.enum(['reached', 'no-answer', 'call-back', 'declined']);

const base = {
  id: EventId,
  memberId: MemberId,
  staffId: StaffId,
  /** Wall time of the event on the tablet, ms since epoch. */
  at: z.int().nonnegative(),
};

export const VisitEvent = z.strictObject({
  ...base,
  kind: z.literal('visit'),
  payload: z.strictObject({ liked: noteText(200).optional(), notes: noteText(500).optional() }),
});

export const PurchaseEvent = z.strictObject({
  ...base,
  kind: z.literal('purchase'),
  payload: z.strictObject({
    items: z.array(PurchaseItem).min(1).max(50),
    /** Sum of quantity × unitPrice; checked against the items on both sides. */
    total: Fen,
    liked: noteText(200).optional(),
    notes: noteText(500).optional(),
  }),
});

export const ContactEvent = z.strictObject({
  ...base,
  kind: z.literal('contact'),
  payload: z.strictObject({
    channel: ContactChannel,
    purpose: ContactPurpose,
    /** Protocol 5; contacts logged before it, and by older tablets, have none. */
    outcome: ContactOutcome.optional(),
    /** Her feedback, in the associate's words. */
    notes: noteText(500).optional(),
    /** 1 (unhappy) to 5 (delighted). */
    satisfaction: z.int().min(1).max(5).optional(),
    /** The purchase this contact follows up, when it is a follow-up. */
    followsUp: EventId.optional(),
  }),
});

export const PointsEvent = z.strictObject({
  ...base,
  kind: z.literal('points'),
  payload: z.strictObject({ delta: z.int().min(-1_000_000).max(1_000_000), reason: plainText(60) }),
});

/** Events are immutable; a mistaken one is corrected by voiding it with a new event. */
export const VoidEvent = z.strictObject({
  ...base,
  kind: z.literal('void'),
  payload: z.strictObject({ targetId: EventId, reason: plainText(100) }),
});

export const MemberEvent = z.discriminatedUnion('kind', [
  VisitEvent,
  PurchaseEvent,
  ContactEvent,
  PointsEvent,
  VoidEvent,
]);
export type MemberEvent = z.infer<typeof MemberEvent>;
export type MemberEventKind = MemberEvent['kind'];
export type PurchaseEvent = z.infer<typeof PurchaseEvent>;
export type ContactEvent = z.infer<typeof ContactEvent>;
