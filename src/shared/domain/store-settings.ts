import type { StoreId } from '../schemas/ids.schema';
import { applyFieldEdit } from './field-record';
import { DEFAULT_PROGRAMME_RULES, type ProgrammeRules } from './programme/rules';
import type { Holiday, TaskConfig } from './tasks/task-config';

// Kept apart from store-settings.schema.ts: every screen reads the settings, and the first screen
// must not load zod (decision 0003); only the screens that check an edit need the schema.

export interface StoreSettingsFields {
  rules: ProgrammeRules;
  /** An IANA time zone name, e.g. Asia/Shanghai: the store's "today" and "this month". */
  timeZone: string;
  /** The store's holiday calendar: the default holidays it switched off (by id), and its own. */
  holidays: { readonly off: readonly string[]; readonly own: readonly Holiday[] };
  /** How early greetings fall due, and how often one member may be contacted in a week. */
  taskTiming: TaskTiming;
}
export type StoreSettingsField = keyof StoreSettingsFields;

export type TaskTiming = Pick<TaskConfig, 'holidayDaysAhead' | 'birthdayDaysAhead' | 'weeklyContactCap'>;

/** One store's settings, each field with the clock of its last write (last writer wins, like members). */
export interface StoreSettingsRecord {
  storeId: StoreId;
  fields: StoreSettingsFields;
  clocks: Partial<Record<StoreSettingsField, string>>;
}

/** Where every store starts, and what a store runs on until its settings are first saved. */
export const DEFAULT_STORE_SETTINGS: StoreSettingsFields = {
  rules: DEFAULT_PROGRAMME_RULES,
  timeZone: 'Asia/Shanghai',
  holidays: { off: [], own: [] },
  // The task engine's defaults too (task-config.ts): they are here for the first screen's sake.
  taskTiming: { holidayDaysAhead: 2, birthdayDaysAhead: 3, weeklyContactCap: 2 },
};

/**
 * The fields of a record stored before some settings existed (on the server, or in a tablet's
 * copy), with the defaults for those: a store that never set them runs on the defaults.
 */
export const withSettingsDefaults = (fields: Partial<StoreSettingsFields>): StoreSettingsFields => ({
  ...DEFAULT_STORE_SETTINGS,
  ...fields,
});

/** The settings a store has before anyone changed them: the defaults, no field clock yet. */
export const defaultSettingsRecord = (storeId: StoreId): StoreSettingsRecord => ({
  storeId,
  fields: DEFAULT_STORE_SETTINGS,
  clocks: {},
});

/** Apply a partial edit field by field, last writer wins by HLC (field-record.ts). */
export const applySettingsEdit = (
  record: StoreSettingsRecord,
  edit: Partial<StoreSettingsFields>,
  hlc: string,
): StoreSettingsRecord => applyFieldEdit(record, edit, hlc);
