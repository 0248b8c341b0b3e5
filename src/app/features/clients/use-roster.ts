import { useSyncExternalStore } from 'react';
import type { IndexedMember } from '../../search/member-index';
import type { MemberSearch } from '../../search/member-search';
import { useRosterIndex } from '../../tablet/tablet-context';

export interface RosterView {
  /** Every member on this tablet, as the in-memory roster holds them. */
  members: readonly IndexedMember[];
  /** The whole roster has been read; before that, lists may miss members. */
  ready: boolean;
}

/**
 * The tablet's whole roster from the in-memory index the search keeps (no rows read): lists by
 * owner, birthday or idle days filter it in a few milliseconds at 50,000 members, where reading
 * the rows would take seconds and an index on each would slow every download (decision 0006).
 */
export function useRoster(): RosterView {
  const search = useRosterIndex();
  const state = useSyncExternalStore(search.subscribe, search.getState);
  return { members: rosterAt(search, state.version), ready: state.ready };
}

// The list as of each index version, shared by every screen showing it: taken again when the
// index changes (a new version), not on every render.
const taken = new WeakMap<MemberSearch, { version: number; members: IndexedMember[] }>();

function rosterAt(search: MemberSearch, version: number): IndexedMember[] {
  let at = taken.get(search);
  if (at?.version !== version) {
    at = { version, members: search.roster() };
    taken.set(search, at);
  }
  return at.members;
}
