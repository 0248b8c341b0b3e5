import {
  defaultSettingsRecord,
  withSettingsDefaults,
  type StoreSettingsRecord,
} from '../../shared/domain/store-settings';
import type { StoreId } from '../../shared/schemas/ids.schema';
import type { OutboxRow, SettingsRow } from './floorbook-db';
import { pendingOfType, withPending } from './field-replay';
import type { TabletSyncedType } from './tablet-type';

const UPDATE = 'settings.update';

/** The store's settings: the server's record with this tablet's waiting edits replayed on top. */
export const settingsTablet: TabletSyncedType<'settings'> = {
  tables: (db) => [db.settings],

  async apply(db, changes, work) {
    const pending = work.outbox.filter((row) => row.type === 'settings');
    for (const { record } of changes) await db.settings.put(settingsRow(record, pending));
  },

  async settle(db, taken) {
    const rows = await db.settings.toArray();
    const pending = await pendingOfType(db, 'settings');
    for (const row of rows) {
      // A taken edit is the server's now; a refused one is simply no longer replayed.
      const server = withPending(
        row.server ?? defaultSettingsRecord(row.storeId as StoreId),
        taken,
        UPDATE,
        row.storeId,
      );
      await db.settings.put(settingsRow(server, pending));
    }
  },

  async rebuild(db, pending) {
    const first = pending.find((row) => row.mutation.kind === UPDATE);
    if (!first) return;
    const record = defaultSettingsRecord(first.mutation.entityId as StoreId);
    await db.settings.put({ ...settingsRow(record, pending), server: null });
  },
};

/** The settings row: the server's record, and the fields with this tablet's waiting edits on top. */
export function settingsRow(server: StoreSettingsRecord, pending: readonly OutboxRow[]): SettingsRow {
  return {
    storeId: server.storeId,
    server,
    fields: withSettingsDefaults(withPending(server, pending, UPDATE, server.storeId).fields),
  };
}
