import { z } from 'zod';
import { EventId } from '../../schemas/ids.schema';
import { MemberEvent } from '../../schemas/event.schema';
import { pointsAdjustmentProblem } from '../../domain/points-adjustment';
import { mutationBase } from './mutation-base';

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

export const EventChange = z.strictObject({ event: MemberEvent });
export type EventChange = z.infer<typeof EventChange>;

/** Events: what happened on the floor, each written once and never edited (a void is a new event). */
export const eventSync = {
  name: 'event',
  change: EventChange,
  mutations: [EventRecordMutation],
  merge: 'append-only',
  since: 1,
} as const;
