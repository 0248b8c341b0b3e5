import type { Enrolment } from '../../shared/schemas/setup.schema';
import type { Commands } from '../commands/commands';
import { FloorbookDb } from '../db/floorbook-db';
import { createSyncStatusStore, type SyncStatusStore } from '../sync/sync-status';

/**
 * What an enrolled tablet runs on: its local database, the sync status the top bar shows, and
 * the commands that write. Commands and the sync engine carry zod, so they load after the first
 * paint (docs/decisions/0003-first-screen-budget.md); reading the roster needs neither.
 */
export interface TabletRuntime {
  db: FloorbookDb;
  status: SyncStatusStore;
  /** The only way the UI writes; loads the command code on first use. */
  commands(): Promise<Commands>;
  /** Start the sync engine (lazily loaded); returns the function that stops it. */
  startSync(): () => void;
}

export function openTabletRuntime(enrolment: Enrolment, onRevoked: () => void): TabletRuntime {
  const db = new FloorbookDb();
  const status = createSyncStatusStore({ online: navigator.onLine });
  let commands: Promise<Commands> | null = null;
  return {
    db,
    status,
    commands() {
      commands ??= import('../commands/commands').then((m) =>
        m.createCommands(
          m.appCommandDeps(db, () => ({ deviceId: enrolment.device.id, staffId: enrolment.staff.id })),
        ),
      );
      return commands;
    },
    startSync() {
      let stopped = false;
      const sync = import('../sync/start-sync').then((m) =>
        m.startSync({
          db,
          status,
          onRevoked,
          enrolment: {
            storeId: enrolment.store.id,
            deviceId: enrolment.device.id,
            token: enrolment.device.token,
          },
        }),
      );
      void sync.then((handle) => {
        if (stopped) handle.stop();
      });
      return () => {
        stopped = true;
        void sync.then((handle) => handle.stop());
      };
    },
  };
}
