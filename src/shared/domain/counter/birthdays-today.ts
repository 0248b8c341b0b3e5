import type { MemberId } from '../../schemas/ids.schema';
import type { Birthday } from '../../schemas/member.schema';
import { daysUntil, type CalendarDay } from '../calendar-day';
import { nextBirthday, solarToLunar } from '../birthday';

/**
 * The members whose birthday (solar or lunar) falls today. Finding a lunar birthday's solar day
 * is slow, so only birthdays within a month of today's (solar or lunar) month are worked out:
 * the rest of a 50,000-member roster is passed over by comparing two numbers.
 */
export function birthdaysOn(
  members: Iterable<{ id: MemberId; birthday: Birthday | null }>,
  today: CalendarDay,
): MemberId[] {
  const lunarMonth = solarToLunar(today).month;
  const near = (month: number, of: number) => {
    const d = Math.abs(month - of);
    return d <= 1 || d === 11;
  };
  const found: MemberId[] = [];
  for (const { id, birthday } of members) {
    if (!birthday) continue;
    if (!near(birthday.month, birthday.calendar === 'solar' ? today.month : lunarMonth)) continue;
    if (daysUntil(today, nextBirthday(birthday, today)) === 0) found.push(id);
  }
  return found;
}
