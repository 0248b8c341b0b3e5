import type { EventId, MemberId } from '../../shared/schemas/ids.schema';
import type {
  ContactEvent,
  MemberEvent,
  PurchaseEvent,
  PurchaseItem,
} from '../../shared/schemas/event.schema';
import { purchaseTotal } from '../../shared/domain/purchase-total';
import { voidTarget } from '../../shared/domain/void-rule';
import { refreshLastVisit } from '../db/member-writes';
import { liveRow } from './member-commands';
import {
  CommandFailure,
  runCommand,
  type CommandDeps,
  type CommandResult,
  type Transaction,
} from './command-runner';

type Payload<K extends MemberEvent['kind']> = Extract<MemberEvent, { kind: K }>['payload'];

/** Note that a member came in (greeted, tried things on) without buying. */
export function recordVisit(
  deps: CommandDeps,
  memberId: MemberId,
  payload: Payload<'visit'>,
): Promise<CommandResult<{ eventId: EventId }>> {
  return recordEvent(deps, memberId, 'visit', payload);
}

/** Record a sale; the total is the sum of quantity × unit price, in fen. */
export function recordPurchase(
  deps: CommandDeps,
  memberId: MemberId,
  input: { items: PurchaseItem[]; liked?: string; notes?: string },
): Promise<CommandResult<{ eventId: EventId }>> {
  const payload: PurchaseEvent['payload'] = { ...input, total: purchaseTotal(input.items) };
  return recordEvent(deps, memberId, 'purchase', payload);
}

/** Log a follow-up, greeting or other contact with a member. */
export function logContact(
  deps: CommandDeps,
  memberId: MemberId,
  payload: ContactEvent['payload'],
): Promise<CommandResult<{ eventId: EventId }>> {
  return recordEvent(deps, memberId, 'contact', payload);
}

/** Correct a mistaken event: events are immutable, so a void event cancels it. */
export function voidEvent(
  deps: CommandDeps,
  targetId: EventId,
  reason: string,
): Promise<CommandResult<{ eventId: EventId }>> {
  return runCommand(deps, async (tx) => {
    const target = await tx.db.events.get(targetId);
    const known = target ? await tx.db.events.where('memberId').equals(target.memberId).toArray() : [];
    const voidable = voidTarget(targetId, known);
    if (!voidable.ok)
      throw new CommandFailure({
        code: voidable.refusal === 'already-voided' ? 'already-voided' : 'not-found',
      });
    const { memberId } = voidable.target;
    const eventId = await addEvent(deps, tx, memberId, 'void', { targetId, reason });
    await refreshLastVisit(tx.db, [memberId]);
    return { eventId };
  });
}

function recordEvent<K extends 'visit' | 'purchase' | 'contact'>(
  deps: CommandDeps,
  memberId: MemberId,
  kind: K,
  payload: Payload<K>,
): Promise<CommandResult<{ eventId: EventId }>> {
  return runCommand(deps, async (tx) => {
    const row = await liveRow(tx.db, memberId);
    const eventId = await addEvent(deps, tx, row.id, kind, payload);
    if (kind !== 'contact' && tx.now > row.lastVisitAt)
      await tx.db.members.update(row.id, { lastVisitAt: tx.now });
    return { eventId };
  });
}

async function addEvent<K extends MemberEvent['kind']>(
  deps: CommandDeps,
  tx: Transaction,
  memberId: MemberId,
  kind: K,
  payload: Payload<K>,
): Promise<EventId> {
  const eventId = deps.newId() as EventId;
  const event = { id: eventId, memberId, staffId: tx.session.staffId, at: tx.now, kind, payload };
  const m = await tx.queue(
    { kind: 'event.record', entity: 'event', entityId: eventId, payload: event as MemberEvent },
    memberId,
  );
  await tx.db.events.add(m.payload);
  return eventId;
}
