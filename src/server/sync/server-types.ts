import type { SyncedTypeName } from '../../shared/sync/synced-types';
import type { ServerSyncedType } from './server-type';
import { memberServer } from './types/member.server';
import { eventServer } from './types/event.server';
import { settingsServer } from './types/settings.server';

/**
 * How the server handles each synced type (decision 0014). Typed by the shared registry: a type
 * added there without an entry here fails to typecheck.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entry is checked against its own type above
export const SERVER_TYPES: { [N in SyncedTypeName]: ServerSyncedType<N, any> } = {
  member: memberServer,
  event: eventServer,
  settings: settingsServer,
};
