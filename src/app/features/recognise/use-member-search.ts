import { useMemo, useSyncExternalStore } from 'react';
import { readSearchQuery, type SearchQuery } from '../../../shared/domain/search-query';
import type { SearchResult } from '../../search/member-index';
import type { MemberSearch, MemberSearchState } from '../../search/member-search';
import { useRosterIndex } from '../../tablet/tablet-context';

export interface MemberSearchView {
  query: SearchQuery;
  result: SearchResult;
  state: MemberSearchState;
  findByCard: MemberSearch['findByCard'];
}

// Enough to fill two screens of cards; beyond that, typing one more character is quicker
// than scrolling, and fewer cards keep every keystroke within a frame or two.
const RESULT_LIMIT = 20;

/** Members matching what was typed, answered on every keystroke from the in-memory roster. */
export function useMemberSearch(text: string): MemberSearchView {
  const search = useRosterIndex();
  const state = useSyncExternalStore(search.subscribe, search.getState);
  const query = useMemo(() => readSearchQuery(text), [text]);
  // Asked again on every render: the index answers within a millisecond or two, and renders
  // come from keystrokes and index changes, which need a fresh answer anyway.
  const result = search.search(query, RESULT_LIMIT);
  return { query, result, state, findByCard: search.findByCard };
}
