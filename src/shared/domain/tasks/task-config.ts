import { daysInMonth } from '../calendar-day';
import { DEFAULT_STORE_SETTINGS } from '../store-settings';
import type { Bilingual } from './task';

/*
 * How a store's task list is made, beyond the programme rules (follow-up days and the dormancy
 * thresholds). The engine takes it as an argument; what a manager edits of it (its holidays, how
 * early greetings fall due, the weekly contact cap) comes from the store settings (taskConfigOf
 * in store-task-config.ts), the rest are the constants below.
 */

/**
 * A day the store greets its members on. Solar holidays fall on the same date every year; lunar
 * ones (农历) move, and are placed on each year's solar calendar. A store adds its own (an
 * anniversary, a local festival) to the list. Ids go into task ids, which allow only
 * [A-Za-z0-9:_./-]: short, lower-case, and never reused for another holiday.
 */
export interface Holiday {
  readonly id: string;
  readonly name: Bilingual;
  readonly calendar: 'solar' | 'lunar';
  readonly month: number;
  readonly day: number;
}

/**
 * The last day a holiday's month may name: a solar one that of a leap year (29 February is
 * greeted on the 28th in other years), a lunar one 30 (a short month's holiday falls on its 29th).
 */
export const lastHolidayDay = (calendar: Holiday['calendar'], month: number): number =>
  calendar === 'lunar' ? 30 : daysInMonth(2024, month);

export interface TaskConfig {
  readonly holidays: readonly Holiday[];
  /** Days before a holiday its greeting falls due. */
  readonly holidayDaysAhead: number;
  /** Days before a birthday its greeting falls due. */
  readonly birthdayDaysAhead: number;
  /** Days before a season begins its care message falls due. */
  readonly seasonDaysAhead: number;
  /** Cards this many days from turning dead get a reminder task. */
  readonly lapseNoticeDays: number;
  /** Contacts with one member in 7 days after which staff are warned before another. */
  readonly weeklyContactCap: number;
  /**
   * A follow-up stays this many days past its due day, then the purchase is long since worn.
   * Dormancy tasks last as long as her card stays in that state instead.
   */
  readonly overdueKeptDays: number;
  /**
   * A greeting stays overdue until its occasion, and this many days after it: a wish a day late
   * still pleases, "立冬到了" a month after 立冬 does not.
   */
  readonly greetingKeptDays: number;
}

export const DEFAULT_HOLIDAYS: readonly Holiday[] = [
  { id: 'spring-festival', name: { zh: '春节', en: 'Spring Festival' }, calendar: 'lunar', month: 1, day: 1 },
  { id: 'womens-day', name: { zh: '三八妇女节', en: "Women's Day" }, calendar: 'solar', month: 3, day: 8 },
  { id: 'qixi', name: { zh: '七夕', en: 'Qixi' }, calendar: 'lunar', month: 7, day: 7 },
  {
    id: 'mid-autumn',
    name: { zh: '中秋节', en: 'Mid-Autumn Festival' },
    calendar: 'lunar',
    month: 8,
    day: 15,
  },
];

export const DEFAULT_TASK_CONFIG: TaskConfig = {
  ...DEFAULT_STORE_SETTINGS.taskTiming,
  holidays: DEFAULT_HOLIDAYS,
  seasonDaysAhead: 1,
  lapseNoticeDays: 30,
  overdueKeptDays: 30,
  greetingKeptDays: 2,
};
