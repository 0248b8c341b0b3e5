import { useCallback } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { cardNumberTaken, lookUpMember, type MemberLookup } from '../../db/member-queries';
import type { Commands } from '../../commands/commands';
import { useTablet } from '../../tablet/tablet-context';

/** Her record and events, kept current as this tablet or sync changes them; undefined while loading. */
export function useMemberLookup(id: string): MemberLookup | undefined {
  const { db } = useTablet();
  return useLiveQuery(() => lookUpMember(db, id), [db, id]);
}

/** The commands, loaded on first use (they carry zod). */
export function useCommands(): () => Promise<Commands> {
  const runtime = useTablet();
  return useCallback(() => runtime.commands(), [runtime]);
}

export function useCardNumberTaken(): (cardNo: string) => Promise<boolean> {
  const { db } = useTablet();
  return useCallback((cardNo) => cardNumberTaken(db, cardNo), [db]);
}
