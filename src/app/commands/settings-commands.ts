import type { StoreId } from '../../shared/schemas/ids.schema';
import {
  applySettingsEdit,
  defaultSettingsRecord,
  type StoreSettingsFields,
} from '../../shared/domain/store-settings';
import { runCommand, type CommandDeps, type CommandResult } from './command-runner';
import { pendingSettings } from '../db/settings-type';

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
    const mutation = await tx.queue({
      kind: 'settings.update',
      entity: 'settings',
      entityId: storeId,
      payload: { fields: edit },
    });
    const row = await tx.db.settings.get(storeId);
    const server = row?.server ?? null;
    let shown = server ?? defaultSettingsRecord(storeId);
    for (const pending of await pendingSettings(tx.db)) {
      const m = pending.mutation;
      if (m.kind === 'settings.update' && m.entityId === storeId)
        shown = applySettingsEdit(shown, m.payload.fields, m.id === mutation.id ? mutation.hlc : m.hlc);
    }
    await tx.db.settings.put({ storeId, server, fields: shown.fields });
    return shown.fields;
  });
}
