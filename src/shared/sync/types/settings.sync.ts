import { z } from 'zod';
import { StoreId } from '../../schemas/ids.schema';
import { StoreSettingsFields, StoreSettingsRecord } from '../../schemas/store-settings.schema';
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

/** Store settings: one record per store, merged field by field, last writer wins. Protocol 3 on. */
export const settingsSync = {
  name: 'settings',
  change: SettingsChange,
  mutations: [SettingsUpdateMutation],
  merge: 'field-lww',
  since: 3,
} as const;
