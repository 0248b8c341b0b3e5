import type { StaffRole } from '../schemas/setup.schema';
import type { MutationKind } from '../sync/protocol.schema';

const RANK: Record<StaffRole, number> = { associate: 0, manager: 1, owner: 2 };

/**
 * The least role each change needs. Associates sign members up, edit them and record what
 * happens on the floor; removing a record entered by mistake is a manager's call; erasing a
 * member's data at her request is the owner's (the store answers for it under PIPL).
 */
const LEAST_ROLE: Record<MutationKind, StaffRole> = {
  'member.create': 'associate',
  'member.update': 'associate',
  'event.record': 'associate',
  'member.delete': 'manager',
  'member.erase': 'owner',
};

/** Whether `role` is `least` or above it (owner > manager > associate). */
export function hasRole(role: StaffRole, least: StaffRole): boolean {
  return RANK[role] >= RANK[least];
}

export function canMutate(role: StaffRole, kind: MutationKind): boolean {
  return hasRole(role, LEAST_ROLE[kind]);
}

/**
 * Whether a change needs its author's server session beside the device credential: any change an
 * associate may not make. A tablet's credential alone, lifted from a stolen tablet, then cannot
 * stamp a manager's or owner's name on a deletion or an erasure.
 */
export function needsServerSession(kind: MutationKind): boolean {
  return !canMutate('associate', kind);
}
