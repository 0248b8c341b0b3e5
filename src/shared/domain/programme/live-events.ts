import type { MemberEvent } from '../../schemas/event.schema';

/**
 * The events that count: everything not voided, voids themselves left out. A void cancels its
 * target whatever its kind; a void aimed at another void is ignored, so a mistake is corrected
 * by recording the right entry again, never by un-voiding.
 */
export function liveEvents(events: readonly MemberEvent[]): MemberEvent[] {
  const kinds = new Map(events.map((e) => [e.id as string, e.kind]));
  const voided = new Set<string>();
  for (const e of events)
    if (e.kind === 'void' && kinds.get(e.payload.targetId) !== 'void') voided.add(e.payload.targetId);
  return events.filter((e) => e.kind !== 'void' && !voided.has(e.id));
}
