import { addDays, todayOf, type CalendarDay, type StoreClock } from '../calendar-day';
import type { ProgrammeRules } from '../programme/rules';
import { occasionsBetween, type Occasion } from './occasions';
import type { TaskConfig } from './task-config';

/** Everything the rules share for one store day: made once, used for every member. */
export interface TaskContext {
  readonly clock: StoreClock;
  readonly today: CalendarDay;
  readonly rules: Pick<ProgrammeRules, 'followUpDays' | 'dormancy'>;
  readonly config: TaskConfig;
  /** Holidays and season changes whose greeting is due, from a few days past to the days ahead. */
  readonly holidays: readonly Occasion[];
  readonly seasons: readonly Occasion[];
}

export function taskContext(clock: StoreClock, rules: TaskContext['rules'], config: TaskConfig): TaskContext {
  const today = todayOf(clock);
  const window = (ahead: number) =>
    occasionsBetween(config.holidays, addDays(today, -config.greetingKeptDays), addDays(today, ahead));
  return {
    clock,
    today,
    rules,
    config,
    holidays: window(config.holidayDaysAhead).holidays,
    seasons: window(config.seasonDaysAhead).seasons,
  };
}
