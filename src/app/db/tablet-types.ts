import type { SyncedTypeName } from '../../shared/sync/synced-types';
import type { TabletSyncedType } from './tablet-type';
import { eventTablet } from './event-type';
import { memberTablet } from './member-type';
import { settingsTablet } from './settings-type';
import { fieldRecordTablet } from './field-record-type';

/**
 * How the tablet stores each synced type (decision 0014), typed by the shared registry: a type
 * added there without an entry here fails to typecheck. Types are applied, settled and rebuilt
 * in this order: events before members, whose last visits are read from the events stored.
 */
export const TABLET_TYPES: { [N in SyncedTypeName]: TabletSyncedType<N> } = {
  event: eventTablet,
  member: memberTablet,
  settings: settingsTablet,
  tillDay: fieldRecordTablet('tillDay'),
  dayTarget: fieldRecordTablet('dayTarget'),
  staffTarget: fieldRecordTablet('staffTarget'),
  taskState: fieldRecordTablet('taskState'),
  messageTemplate: fieldRecordTablet('messageTemplate'),
};

export const TABLET_TYPE_ORDER = Object.keys(TABLET_TYPES) as SyncedTypeName[];
