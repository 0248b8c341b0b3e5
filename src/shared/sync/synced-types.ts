import { z } from 'zod';
import { memberSync } from './types/member.sync';
import { eventSync } from './types/event.sync';
import { settingsSync } from './types/settings.sync';
import {
  dayTargetSync,
  messageTemplateSync,
  staffTargetSync,
  taskStateSync,
  tillDaySync,
} from './types/field-records.sync';

/**
 * How concurrent changes of a type meet: field by field, the later clock winning each field
 * (members); each row written once and never edited (events); or amounts that only add up.
 */
export type MergeRule = 'field-lww' | 'append-only' | 'ledger';

/**
 * Every record type that syncs, by name (decision 0014). A type declares the schema of a pulled
 * change, the mutations that write it, its merge rule, and the first protocol whose pulls carry
 * it: an older tablet is never sent a type it cannot read. Adding a type is a file of its own in
 * ./types, a line here and in the unions below; the server and the tablet registries then fail
 * to typecheck until they say how to store and apply it.
 */
export const SYNCED_TYPES = {
  member: memberSync,
  event: eventSync,
  settings: settingsSync,
  // Field records (decision 0016): one line here, one in each registry, one in LEAST_ROLE.
  tillDay: tillDaySync,
  dayTarget: dayTargetSync,
  staffTarget: staffTargetSync,
  taskState: taskStateSync,
  messageTemplate: messageTemplateSync,
} as const;
export type SyncedTypeName = keyof typeof SYNCED_TYPES;
export const SYNCED_TYPE_NAMES = Object.keys(SYNCED_TYPES) as SyncedTypeName[];

export const Mutation = z.discriminatedUnion('kind', [
  ...memberSync.mutations,
  ...eventSync.mutations,
  ...settingsSync.mutations,
  ...tillDaySync.mutations,
  ...dayTargetSync.mutations,
  ...staffTargetSync.mutations,
  ...taskStateSync.mutations,
  ...messageTemplateSync.mutations,
]);
export type Mutation = z.infer<typeof Mutation>;
export type MutationKind = Mutation['kind'];

const changeItem = <N extends string, C extends z.ZodType>(def: { name: N; change: C }) =>
  z.strictObject({ type: z.literal(def.name), change: def.change });

/** One change of any synced type, as a protocol-3 pull page carries it. */
export const PulledChange = z.discriminatedUnion('type', [
  changeItem(memberSync),
  changeItem(eventSync),
  changeItem(settingsSync),
  changeItem(tillDaySync),
  changeItem(dayTargetSync),
  changeItem(staffTargetSync),
  changeItem(taskStateSync),
  changeItem(messageTemplateSync),
]);
export type PulledChange = z.infer<typeof PulledChange>;

/** The pulled change of one type. */
export type ChangeOf<N extends SyncedTypeName> = Extract<PulledChange, { type: N }>['change'];

/**
 * The last protocol that changed what a type's records carry (its first, or the one that added
 * fields to them): a tablet whose cursor was served before it holds none, or only part, of them.
 */
export function typeServedWhole(name: SyncedTypeName): number {
  const type: { since: number; grown?: number } = SYNCED_TYPES[name];
  return Math.max(type.since, type.grown ?? 0);
}

/** The types a tablet speaking `protocol` is sent. */
export function typesForProtocol(protocol: number): SyncedTypeName[] {
  return SYNCED_TYPE_NAMES.filter((n) => SYNCED_TYPES[n].since <= protocol);
}
