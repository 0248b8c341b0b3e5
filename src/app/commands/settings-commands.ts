import type { StoreId } from '../../shared/schemas/ids.schema';
import { defaultSettingsRecord, type StoreSettingsFields } from '../../shared/domain/store-settings';
import { runCommand, type CommandDeps, type CommandResult } from './command-runner';
import { pendingOfType } from '../db/field-replay';
import { settingsRow } from '../db/settings-type';

/**
 * Change some of the store's settings (a manager's or owner's act; the server checks the role
 * again). Works offline: the edit shows at once and waits in the outbox like any other change.
 */
export function saveStoreSettings(
  deps: CommandDeps,
  storeId: StoreId,
  edit: Partial<StoreSettingsFields>,
): Promise<CommandResult<StoreSettingsFields>> {
  return runCommand(deps, async (tx) => {
    await tx.queue({
      kind: 'settings.update',
      entity: 'settings',
      entityId: storeId,
      payload: { fields: edit },
    });
    const server = (await tx.db.settings.get(storeId))?.server ?? null;
    const row = settingsRow(server ?? defaultSettingsRecord(storeId), await pendingOfType(tx.db, 'settings'));
    await tx.db.settings.put({ ...row, server });
    return row.fields;
  });
}
