import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { cardHolderOf } from '../../../shared/domain/counter/counter-records';
import { dayStartMs } from '../../../shared/domain/counter/store-days';
import { targetSuggestions, type TargetSuggestions } from '../../../shared/domain/counter/target-suggestions';
import type { TillFigures } from '../../../shared/domain/counter/counter-records';
import { eventsRecordedSince } from '../../db/counter-queries';
import { useTablet } from '../../tablet/tablet-context';
import { useFieldRecords } from '../records/use-field-records';
import { useStoreSettings } from '../store-settings/use-store-settings';

/** Far enough back for the same month a year before any month she plans this year. */
const HISTORY_MONTHS = 14;

/**
 * What the targets form suggests for `days` days of a month, from the store's own till days
 * and the members' events on this tablet; undefined while reading.
 */
export function useTargetSuggestions(
  year: number,
  month: number,
  days: number,
  growthPoints: number,
): TargetSuggestions | undefined {
  const { db } = useTablet();
  const { timeZone, rules } = useStoreSettings();
  const tillDays = useFieldRecords('tillDay');
  const history = useLiveQuery(async () => {
    const now = new Date();
    const since = dayStartMs(
      { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1 - HISTORY_MONTHS, day: 1 },
      timeZone,
    );
    const [events, members] = await Promise.all([eventsRecordedSince(db, since), db.members.toArray()]);
    return { events, members: members.map(cardHolderOf) };
  }, [db, timeZone]);
  return useMemo(() => {
    if (!history || !tillDays) return undefined;
    const tills = new Map<string, TillFigures>();
    for (const [key, t] of tillDays)
      if (t.salesFen !== undefined)
        tills.set(key, { salesFen: t.salesFen, tickets: t.tickets ?? 0, pieces: t.pieces ?? 0 });
    return targetSuggestions({ ...history, tills, timeZone, rules, year, month, days, growthPoints });
  }, [history, tillDays, timeZone, rules, year, month, days, growthPoints]);
}
