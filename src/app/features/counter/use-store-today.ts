import { useMemo } from 'react';
import { todayOf, type CalendarDay } from '../../../shared/domain/calendar-day';
import { useStoreClock } from '../recognise/use-store-clock';

/** The store's today, the same object all day: reads keyed on it run again only when the day turns. */
export function useStoreToday(): CalendarDay {
  const { year, month, day } = todayOf(useStoreClock());
  return useMemo(() => ({ year, month, day }), [year, month, day]);
}
