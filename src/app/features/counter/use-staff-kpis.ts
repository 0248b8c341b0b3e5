import { useMemo } from 'react';
import { staffKpis, type KpiPeriod, type StaffKpis } from '../../../shared/domain/counter/staff-kpis';
import { monthOf, quarterRangeOf, staffQuarterKey } from '../../../shared/domain/counter/store-days';
import type { StaffId } from '../../../shared/schemas/ids.schema';
import { useStaffRoster } from '../lock/queries';
import { useStoreToday } from './use-store-today';
import { useStoreSettings } from '../store-settings/use-store-settings';
import { useStaffTargets } from './use-counter-records';
import { useWholeStore } from './use-whole-store';
import { keptByStore } from './kept-by-store';

/**
 * Each associate's KPIs for this month or quarter; `only` narrows them to one (an associate sees
 * her own). Undefined while reading.
 */
export function useStaffKpis(period: KpiPeriod, only: StaffId | null): StaffKpis[] | undefined {
  const { rules, timeZone } = useStoreSettings();
  const today = useStoreToday();
  const store = useWholeStore();
  const roster = useStaffRoster();
  const targets = useStaffTargets();
  return useMemo(() => {
    if (!store || roster === undefined || !targets) return undefined;
    const staffIds = (roster?.staff ?? [])
      .filter((s) => s.role !== 'owner' && (only === null || s.id === only))
      .map((s) => s.id);
    const quarterCardTargets = new Map<StaffId, number>();
    for (const id of staffIds) {
      const target = targets.get(staffQuarterKey(id, today))?.newCards;
      if (target !== undefined) quarterCardTargets.set(id, target);
    }
    const key = JSON.stringify({
      period,
      today,
      timeZone,
      rules,
      staffIds,
      targets: [...quarterCardTargets],
    });
    return keptByStore(store, key, () =>
      staffKpis({
        period,
        range: period === 'month' ? monthOf(today) : quarterRangeOf(today),
        today,
        timeZone,
        rules,
        staffIds,
        members: store.members,
        events: store.events,
        quarterCardTargets,
      }),
    );
  }, [period, only, today, timeZone, rules, store, roster, targets]);
}
