import { useSyncExternalStore } from 'react';
import { useTablet } from '../../tablet/tablet-context';
import { wholeStoreFor, type WholeStore } from './whole-store';

export type { WholeStore };

/** Every member and event, live, held between the counter's tabs (whole-store.ts); undefined while reading. */
export function useWholeStore(): WholeStore | undefined {
  const keeper = wholeStoreFor(useTablet().db);
  return useSyncExternalStore(keeper.subscribe, keeper.current);
}
