import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_STORE_SETTINGS, type StoreSettingsFields } from '../../../shared/domain/store-settings';
import { useSession } from '../../state/session.state';
import { useTablet } from '../../tablet/tablet-context';

/**
 * The store's settings as this tablet holds them, with its own waiting edits: the one way
 * screens read programme rules and the store's time zone. Until the store's record arrives, the
 * store runs on the defaults, as the server does for a store that never saved its settings.
 */
export function useStoreSettings(): StoreSettingsFields {
  const { db } = useTablet();
  const storeId = useSession((s) => s.enrolment?.store.id ?? null);
  const row = useLiveQuery(() => (storeId === null ? undefined : db.settings.get(storeId)), [db, storeId]);
  return row?.fields ?? DEFAULT_STORE_SETTINGS;
}
