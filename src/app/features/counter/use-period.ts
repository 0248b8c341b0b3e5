import { useMemo } from 'react';
import { cardHolderOf } from '../../../shared/domain/counter/counter-records';
import { periodAtCounter, type PeriodComparison } from '../../../shared/domain/counter/period';
import type { PeriodKind } from '../../../shared/domain/counter/store-days';
import { useStoreToday } from './use-store-today';
import { useStoreSettings } from '../store-settings/use-store-settings';
import { useDayTargets, useTillDays } from './use-counter-records';
import { useWholeStore } from './use-whole-store';
import { keptByStore } from './kept-by-store';

/** This week or month to date against its targets, beside last period and last year; undefined while reading. */
export function usePeriod(kind: PeriodKind): PeriodComparison | undefined {
  const { rules, timeZone } = useStoreSettings();
  const today = useStoreToday();
  const store = useWholeStore();
  const tills = useTillDays();
  const targets = useDayTargets();
  return useMemo(() => {
    if (!store || !tills || !targets) return undefined;
    const key = JSON.stringify({ kind, today, timeZone, rules, tills: [...tills], targets: [...targets] });
    return keptByStore(store, key, () =>
      periodAtCounter({
        kind,
        today,
        timeZone,
        rules,
        events: store.events,
        members: keptByStore(store, 'card holders', () => store.members.map(cardHolderOf)),
        tills,
        targets,
      }),
    );
  }, [kind, today, timeZone, rules, store, tills, targets]);
}
