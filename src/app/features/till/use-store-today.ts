import { todayOf } from '../../../shared/domain/calendar-day';
import { dayKey } from '../../../shared/domain/counter/store-days';
import { useStoreClock } from '../recognise/use-store-clock';

/** Today's key in the store's own time zone (not the tablet's): the latest day with till figures. */
export function useStoreTodayKey(): string {
  return dayKey(todayOf(useStoreClock()));
}
