import { useMemo } from 'react';
import { cardHolderOf } from '../../../shared/domain/counter/counter-records';
import { periodAtCounter, type PeriodComparison } from '../../../shared/domain/counter/period';
import type { PeriodKind } from '../../../shared/domain/counter/store-days';
import { useStoreToday } from './use-store-today';
import { useStoreSettings } from '../store-settings/use-store-settings';
import { useDayTargets, useTillDays } from './use-counter-records';
import { useWholeStore } from './use-whole-store';

/** This week or month to date against its targets, beside last period and last year; undefined while reading. */
export function usePeriod(kind: PeriodKind): PeriodComparison | undefined {
  const { rules, timeZone } = useStoreSettings();
  const today = useStoreToday();
  const store = useWholeStore();
  const tills = useTillDays();
  const targets = useDayTargets();
  const members = useMemo(() => store?.members.map(cardHolderOf), [store]);
  return useMemo(
    () =>
      store && members && tills && targets
        ? periodAtCounter({ kind, today, timeZone, rules, events: store.events, members, tills, targets })
        : undefined,
    [kind, today, timeZone, rules, store, members, tills, targets],
  );
}
