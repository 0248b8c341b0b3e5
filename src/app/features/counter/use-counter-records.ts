import { useMemo } from 'react';
import type { DayTarget, StaffTarget, TillFigures } from '../../../shared/domain/counter/counter-records';
import { useFieldRecords } from '../records/use-field-records';

/*
 * The till's figures and the targets, as the counter's screens read them: the synced field
 * records (decision 0016), live, so an edit on another tablet shows once it is pulled.
 */

/**
 * Till figures by day key; undefined while reading. A day is in once its sales are: tickets or
 * pieces not typed yet count as 0 (no average ticket or attach rate from them).
 */
export function useTillDays(): ReadonlyMap<string, TillFigures> | undefined {
  const records = useFieldRecords('tillDay');
  return useMemo(() => {
    if (!records) return undefined;
    const days = new Map<string, TillFigures>();
    for (const [key, f] of records)
      if (f.salesFen !== undefined)
        days.set(key, { salesFen: f.salesFen, tickets: f.tickets ?? 0, pieces: f.pieces ?? 0 });
    return days;
  }, [records]);
}

/** Day targets by day key; a field never set is absent. Undefined while reading. */
export function useDayTargets(): ReadonlyMap<string, DayTarget> | undefined {
  return useFieldRecords('dayTarget');
}

/** Staff targets by `<staffId>/<YYYY>-Q<n>`; undefined while reading. */
export function useStaffTargets(): ReadonlyMap<string, StaffTarget> | undefined {
  return useFieldRecords('staffTarget');
}
