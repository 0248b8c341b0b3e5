import type { TFunction } from 'i18next';
import type { Task } from '../../../shared/domain/tasks/task';
import { daysUntil, type CalendarDay } from '../../../shared/domain/calendar-day';
import { formatDay } from '../../i18n/format-date';

/** Why the task is on her list, in the screen's language. */
export function whyText(t: TFunction, task: Task, language: string): string {
  const why = task.why;
  const day = (d: CalendarDay) => formatDay(d, language);
  const named = (name: { zh: string; en: string }) => (language === 'en' ? name.en : name.zh);
  switch (why.kind) {
    case 'follow-up': {
      const items = [...new Set(why.items.map((i) => t(`member.sizeCategories.${i.category}`)))];
      return t('tasks.why.follow-up', {
        date: day(why.purchasedOn),
        items: items.join(language === 'en' ? ', ' : '、'),
      });
    }
    case 'birthday':
      return t(why.lunar ? 'tasks.why.birthdayLunar' : 'tasks.why.birthday', { date: day(why.on) });
    case 'holiday':
    case 'season':
      return t(`tasks.why.${why.kind}`, { name: named(why.name), date: day(why.on) });
    case 'dormant':
      return t('tasks.why.dormant', { days: why.idleDays, date: day(why.lastSeen) });
    case 'card-lapse':
      return t('tasks.why.card-lapse', { date: day(why.deadOn), days: why.daysLeft });
  }
}

/** When it is due: overdue by so many days, today, or by a later day. */
export function dueText(t: TFunction, task: Task, today: CalendarDay, language: string): string {
  const late = daysUntil(task.dueOn, today);
  if (late > 0) return t('tasks.overdue', { days: late });
  return late === 0 ? t('tasks.dueToday') : t('tasks.dueOn', { date: formatDay(task.dueOn, language) });
}
