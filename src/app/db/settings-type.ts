import {
  applySettingsEdit,
  defaultSettingsRecord,
  type StoreSettingsRecord,
} from '../../shared/domain/store-settings';
import type { StoreId } from '../../shared/schemas/ids.schema';
import type { FloorbookDb, OutboxRow, SettingsRow } from './floorbook-db';
import type { TabletSyncedType } from './tablet-type';

/** The store's settings: the server's record with this tablet's waiting edits replayed on top. */
export const settingsTablet: TabletSyncedType<'settings'> = {
  tables: (db) => [db.settings],

  async apply(db, changes, work) {
    const pending = work.outbox.filter((row) => row.type === 'settings');
    for (const { record } of changes) await db.settings.put(settingsRow(record, pending));
  },

  async settle(db, taken) {
    const rows = await db.settings.toArray();
    const pending = await pendingSettings(db);
    for (const row of rows) {
      // A taken edit is the server's now; a refused one is simply no longer replayed.
      const server = taken.reduce(replay, row.server ?? defaultSettingsRecord(row.storeId as StoreId));
      await db.settings.put(settingsRow(server, pending));
    }
  },

  async rebuild(db, pending) {
    const first = pending.find((row) => row.mutation.kind === 'settings.update');
    if (!first) return;
    const record = defaultSettingsRecord(first.mutation.entityId as StoreId);
    await db.settings.put({ ...settingsRow(record, pending), server: null });
  },
};

function settingsRow(server: StoreSettingsRecord, pending: readonly OutboxRow[]): SettingsRow {
  return { storeId: server.storeId, server, fields: pending.reduce(replay, server).fields };
}

function replay(record: StoreSettingsRecord, row: OutboxRow): StoreSettingsRecord {
  const m = row.mutation;
  if (m.kind !== 'settings.update' || m.entityId !== record.storeId) return record;
  return applySettingsEdit(record, m.payload.fields, m.hlc);
}

/** The settings edits still waiting, oldest first. */
export async function pendingSettings(db: FloorbookDb): Promise<OutboxRow[]> {
  return (await db.outbox.orderBy('seq').toArray()).filter((row) => row.type === 'settings');
}
