import { useEffect, useState } from 'react';
import type { Birthday } from '../../../shared/schemas/member.schema';
import { daysUntil, todayOf, type StoreClock } from '../../../shared/domain/calendar-day';

type BirthdayModule = typeof import('../../../shared/domain/birthday');

/** A birthday this close (days from today) earns a badge on the result card. */
export const BIRTHDAY_WINDOW_DAYS = 7;

// birthday.ts carries the lunar calendar: it loads once, when results first show, never with
// the first screen.
let birthdayModule: Promise<BirthdayModule> | null = null;

/**
 * Days until a member's next birthday (solar or lunar) when it is within the week, else null.
 * Null itself until the birthday module has loaded.
 */
export function useBirthdaySoon(clock: StoreClock): ((birthday: Birthday | null) => number | null) | null {
  const [module, setModule] = useState<BirthdayModule | null>(null);
  useEffect(() => {
    let live = true;
    birthdayModule ??= import('../../../shared/domain/birthday');
    birthdayModule.then(
      (m) => live && setModule(m),
      // Offline with the chunk not cached yet: no badges now, another try on the next visit.
      () => (birthdayModule = null),
    );
    return () => {
      live = false;
    };
  }, []);
  if (!module) return null;
  const today = todayOf(clock);
  return (birthday) => {
    if (!birthday) return null;
    const days = daysUntil(today, module.nextBirthday(birthday, today));
    return days <= BIRTHDAY_WINDOW_DAYS ? days : null;
  };
}
