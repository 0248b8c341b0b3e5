import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { DeviceEnrolment } from '../../shared/schemas/security.schema';
import type { SyncStatus } from '../sync/sync-status';
import { openTabletRuntime, type TabletRuntime } from './tablet-runtime';
import { onReloadRequested } from '../db/floorbook-db';
import { useUpdate } from '../pwa/update.state';
import { memberSearchFor, type MemberSearch } from '../search/member-search';

const TabletContext = createContext<TabletRuntime | null>(null);

/**
 * Opens this tablet's local database for the enrolled store and starts sync once the first
 * screen has painted. Everything below reads the roster through `useTablet`.
 */
export function TabletProvider({
  enrolment,
  onRevoked,
  children,
}: {
  enrolment: DeviceEnrolment;
  onRevoked: () => void;
  children: ReactNode;
}) {
  // One runtime per enrolment: the caller keys this provider by device, so a new enrolment remounts it.
  const [runtime] = useState(() => openTabletRuntime(enrolment, onRevoked));
  useEffect(() => {
    // A server too new for this app pauses sync; the update banner offers the way out.
    const unwatch = runtime.status.subscribe(() => {
      if (runtime.status.get().outdated) useUpdate.getState().protocolOutdated();
    });
    // Another tab moved the database to a newer schema: this tab's code is old, reload into the new one.
    const unlisten = onReloadRequested(() => window.location.reload());
    let stop: (() => void) | null = null;
    const start = window.setTimeout(() => (stop = runtime.startSync()), 0);
    return () => {
      window.clearTimeout(start);
      stop?.();
      unwatch();
      unlisten();
    };
  }, [runtime]);
  return <TabletContext.Provider value={runtime}>{children}</TabletContext.Provider>;
}

/** A test or story can hand in its own runtime (fake-indexeddb, no sync). */
export function TabletRuntimeProvider({
  runtime,
  children,
}: {
  runtime: TabletRuntime;
  children: ReactNode;
}) {
  return <TabletContext.Provider value={runtime}>{children}</TabletContext.Provider>;
}

export function useTablet(): TabletRuntime {
  const runtime = useContext(TabletContext);
  if (!runtime) throw new Error('useTablet outside TabletProvider');
  return runtime;
}

export function useSyncStatus(): SyncStatus {
  const { status } = useTablet();
  return useSyncExternalStore(
    (listener) => status.subscribe(listener),
    () => status.get(),
  );
}

/**
 * The roster in memory (search, client books, birthday lists), opened on first use. Here, with
 * the tablet, rather than beside each screen: every screen that lists members shares it, and a
 * module shared by the first screen and later ones would be split into a chunk of its own, at a
 * cost to the first screen's budget (decision 0003).
 */
export function useRosterIndex(): MemberSearch {
  return memberSearchFor(useTablet().db);
}
