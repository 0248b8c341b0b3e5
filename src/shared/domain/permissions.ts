import type { StaffRole } from '../schemas/setup.schema';
import type { Mutation, MutationKind } from '../sync/protocol.schema';

const RANK: Record<StaffRole, number> = { associate: 0, manager: 1, owner: 2 };

/**
 * The least role each change needs. Associates sign members up, edit them and record what
 * happens on the floor; removing a record entered by mistake is a manager's call; erasing a
 * member's data at her request is the owner's (the store answers for it under PIPL); the
 * store's settings are a manager's.
 */
const LEAST_ROLE: Record<MutationKind, StaffRole> = {
  'member.create': 'associate',
  'member.update': 'associate',
  'event.record': 'associate',
  'member.delete': 'manager',
  'member.erase': 'owner',
  // The store's programme and time zone are the managers' to set.
  'settings.update': 'manager',
  // The till's figures and the targets are the managers' to set, as are the messages' wording;
  // any staff member marks a task of the floor's list done or skipped.
  'tillDay.update': 'manager',
  'dayTarget.update': 'manager',
  'staffTarget.update': 'manager',
  'messageTemplate.update': 'manager',
  'taskState.update': 'associate',
};

/** What a change's permission depends on: its kind, and for a recorded event the event's kind. */
export type ChangeSubject = {
  [K in MutationKind]: Pick<Extract<Mutation, { kind: K }>, 'kind' | 'payload'>;
}[MutationKind];

/** Whether `role` is `least` or above it (owner > manager > associate). */
export function hasRole(role: StaffRole, least: StaffRole): boolean {
  return RANK[role] >= RANK[least];
}

/**
 * The least role a change needs. Adjusting a member's points is a manager's act, whatever the
 * kind of change allows: points are worth money to the member (issue 10). So is moving a member
 * to another associate (an edit naming `ownerStaffId`, even to herself or to nobody): a client
 * book is the associate's livelihood, and only a manager hands it out (issue 14). A sign-up names
 * its owner too, and stays an associate's: she opens the card and looks after the new member.
 */
export function leastRoleFor(change: ChangeSubject): StaffRole {
  if (change.kind === 'event.record' && change.payload.kind === 'points') return 'manager';
  if (change.kind === 'member.update' && change.payload.fields.ownerStaffId !== undefined) return 'manager';
  return LEAST_ROLE[change.kind];
}

export function canMutate(role: StaffRole, change: ChangeSubject): boolean {
  return hasRole(role, leastRoleFor(change));
}

/**
 * Whether a change needs its author's server session beside the device credential: any change an
 * associate may not make. A tablet's credential alone, lifted from a stolen tablet, then cannot
 * stamp a manager's or owner's name on a deletion, an erasure or a points adjustment.
 */
export function needsServerSession(change: ChangeSubject): boolean {
  return !canMutate('associate', change);
}
