import type { SyncedTypeName } from '../../shared/sync/synced-types';
import type { ServerSyncedType } from './server-type';
import { memberServer } from './types/member.server';
import { eventServer } from './types/event.server';
import { settingsServer } from './types/settings.server';
import { fieldRecordServer } from './types/field-record.server';
import type { StaffRef } from './server-type';

/**
 * How the server handles each synced type (decision 0014). Typed by the shared registry: a type
 * added there without an entry here fails to typecheck.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entry is checked against its own type above
export const SERVER_TYPES: { [N in SyncedTypeName]: ServerSyncedType<N, any> } = {
  member: memberServer,
  event: eventServer,
  settings: settingsServer,
  tillDay: fieldRecordServer('tillDay'),
  dayTarget: fieldRecordServer('dayTarget'),
  staffTarget: fieldRecordServer('staffTarget', {
    staffRefs: (m) => [{ field: 'entityId', id: m.entityId.split('/')[0] ?? '' }],
  }),
  taskState: fieldRecordServer('taskState', {
    staffRefs: ({ payload: { fields } }) =>
      (['byStaffId', 'ownerStaffId'] as const).flatMap((name): StaffRef[] => {
        const id = fields[name];
        return id ? [{ field: `payload.fields.${name}`, id }] : [];
      }),
  }),
  messageTemplate: fieldRecordServer('messageTemplate'),
};
