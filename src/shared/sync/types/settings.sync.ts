import { z } from 'zod';
import { StoreId } from '../../schemas/ids.schema';
import { StoreSettingsFields, StoreSettingsRecord } from '../../schemas/store-settings.schema';
import type { StoreSettingsField, StoreSettingsRecord as Record_ } from '../../domain/store-settings';
import { mutationBase } from './mutation-base';

/** A manager or owner changes some of the store's settings. */
export const SettingsUpdateMutation = z.strictObject({
  ...mutationBase,
  kind: z.literal('settings.update'),
  entity: z.literal('settings'),
  entityId: StoreId,
  payload: z.strictObject({ fields: StoreSettingsFields.partial() }),
});

export const SettingsChange = z.strictObject({ record: StoreSettingsRecord });
export type SettingsChange = z.infer<typeof SettingsChange>;

/**
 * The first protocol that reads each settings field. A tablet parses a record strictly, so an
 * older one is sent the record without the fields of later protocols (their values and clocks);
 * its own edits never name them, and the server keeps them as they are.
 */
const FIELD_SINCE: Record<StoreSettingsField, number> = {
  rules: 3,
  timeZone: 3,
  holidays: 5,
  taskTiming: 5,
};

/** The record as a tablet speaking `protocol` can read it. */
export function settingsForProtocol(record: Record_, protocol: number): Record_ {
  const known = (field: string) => FIELD_SINCE[field as StoreSettingsField] <= protocol;
  const keep = <T extends object>(o: T) =>
    Object.fromEntries(Object.entries(o).filter(([k]) => known(k))) as T;
  return { ...record, fields: keep(record.fields), clocks: keep(record.clocks) };
}

/**
 * Store settings: one record per store, merged field by field, last writer wins. Protocol 3 on;
 * protocol 5 added fields (`grown`), so a tablet served before it is sent the record again.
 */
export const settingsSync = {
  name: 'settings',
  change: SettingsChange,
  mutations: [SettingsUpdateMutation],
  merge: 'field-lww',
  since: 3,
  grown: Math.max(...Object.values(FIELD_SINCE)),
} as const;
