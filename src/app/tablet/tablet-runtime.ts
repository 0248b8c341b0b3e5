import type { DeviceEnrolment } from '../../shared/schemas/security.schema';
import type { Commands } from '../commands/commands';
import { FloorbookDb } from '../db/floorbook-db';
import { readSignIn, useStaffSession } from '../state/staff-session.state';
import { createSyncStatusStore, type SyncStatusStore } from '../sync/sync-status';
import { writeRefusal } from './write-gate';

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

export function openTabletRuntime(enrolment: DeviceEnrolment, onRevoked: () => void): TabletRuntime {
  const db = new FloorbookDb();
  const status = createSyncStatusStore({ online: navigator.onLine });
  let commands: Promise<Commands> | null = null;
  // Every change is stamped with whoever is signed in at that moment, never with who enrolled the tablet.
  const session = () => {
    const staff = useStaffSession.getState().current?.staff;
    return staff ? { deviceId: enrolment.device.id, staffId: staff.id, role: staff.role } : null;
  };
  return {
    db,
    status,
    commands() {
      commands ??= import('../commands/commands').then((m) =>
        m.createCommands(m.appCommandDeps(db, session, (now) => writeRefusal(db, now))),
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
          // The stored sign-in, not this tab's copy: the tab that syncs may not be the one she signed in on.
          session: () => readSignIn(localStorage)?.server?.token ?? null,
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
