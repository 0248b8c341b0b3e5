import type { StoreId } from '../../../shared/schemas/ids.schema';
import type { StoreSettingsFields } from '../../../shared/domain/store-settings';
import { useCommands } from '../member/use-member';

/** Saves an edit of the store's settings on this tablet, queued for the server. */
export function useSaveSettings(storeId: StoreId) {
  const commands = useCommands();
  return async (edit: Partial<StoreSettingsFields>) => (await commands()).saveStoreSettings(storeId, edit);
}
