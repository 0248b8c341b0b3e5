import type { StoreId } from '../schemas/ids.schema';
import { applyFieldEdit } from './field-record';
import { DEFAULT_PROGRAMME_RULES, type ProgrammeRules } from './programme/rules';

// Kept apart from store-settings.schema.ts: every screen reads the settings, and the first screen
// must not load zod (decision 0003); only the screens that check an edit need the schema.

export interface StoreSettingsFields {
  rules: ProgrammeRules;
  /** An IANA time zone name, e.g. Asia/Shanghai: the store's "today" and "this month". */
  timeZone: string;
}
export type StoreSettingsField = keyof StoreSettingsFields;

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
};

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
