import type { StoreSettingsFields } from '../store-settings';
import { DEFAULT_HOLIDAYS, DEFAULT_TASK_CONFIG, type Holiday, type TaskConfig } from './task-config';

/** The holidays a store greets on: the defaults it has not switched off, then its own. */
export function storeHolidays(holidays: StoreSettingsFields['holidays']): Holiday[] {
  return [...DEFAULT_HOLIDAYS.filter((h) => !holidays.off.includes(h.id)), ...holidays.own];
}

/** The task engine's configuration for a store: its settings over the fixed constants. */
export function taskConfigOf(settings: Pick<StoreSettingsFields, 'holidays' | 'taskTiming'>): TaskConfig {
  return { ...DEFAULT_TASK_CONFIG, ...settings.taskTiming, holidays: storeHolidays(settings.holidays) };
}
