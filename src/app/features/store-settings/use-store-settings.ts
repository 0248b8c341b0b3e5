import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { withSettingsDefaults, type StoreSettingsFields } from '../../../shared/domain/store-settings';
import { useSession } from '../../state/session.state';
import { useTablet } from '../../tablet/tablet-context';

/**
 * The store's settings as this tablet holds them, with its own waiting edits: the one way
 * screens read programme rules and the store's time zone. Until the store's record arrives, the
 * store runs on the defaults, as the server does for a store that never saved its settings; a
 * copy stored by an older app lacks the later fields, which read as their defaults too.
 */
export function useStoreSettings(): StoreSettingsFields {
  const { db } = useTablet();
  const storeId = useSession((s) => s.enrolment?.store.id ?? null);
  const row = useLiveQuery(() => (storeId === null ? undefined : db.settings.get(storeId)), [db, storeId]);
  const fields = row?.fields;
  return useMemo(() => withSettingsDefaults(fields ?? {}), [fields]);
}
