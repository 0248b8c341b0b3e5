import { useMemo } from 'react';
import type { StaffId } from '../../../shared/schemas/ids.schema';
import { daysUntil, todayOf, type CalendarDay, type StoreClock } from '../../../shared/domain/calendar-day';
import { nextBirthday } from '../../../shared/domain/birthday';
import type { ProgrammeRules, TierId } from '../../../shared/domain/programme/rules';
import { useStoreSettings } from '../store-settings/use-store-settings';
import { sortBook, type BookEntry, type BookSort } from './book-order';
import { useMemberFigures } from './use-member-figures';
import { useRoster } from './use-roster';

export interface ClientBook {
  /** Her members in the chosen order; tier and spend fill in once their events are read. */
  entries: BookEntry[];
  /** The roster has been read in full: an empty book is really empty. */
  ready: boolean;
}

/** The members one associate looks after (null: members with nobody), sorted as asked. */
export function useClientBook(owner: StaffId | null, sort: BookSort, clock: StoreClock): ClientBook {
  const { members, ready } = useRoster();
  const { rules } = useStoreSettings();
  const today = useStoreToday(clock);
  const mine = useMemo(() => members.filter((m) => m.ownerStaffId === owner), [members, owner]);
  const birthdays = useMemo(
    () =>
      new Map(mine.map((m) => [m.id, m.birthday ? daysUntil(today, nextBirthday(m.birthday, today)) : null])),
    [mine, today],
  );
  const figures = useMemberFigures(useMemo(() => mine.map((m) => m.id), [mine]));
  const entries = useMemo(
    () =>
      sortBook(
        mine.map((member) => ({
          member,
          birthdayIn: birthdays.get(member.id) ?? null,
          figures: figures?.get(member.id),
        })),
        sort,
        tierRankIn(rules),
      ),
    [mine, birthdays, figures, sort, rules],
  );
  return { entries, ready };
}

/** The store's today, the same object all day: lists counted by day are counted again when it turns, not every minute. */
export function useStoreToday(clock: StoreClock): CalendarDay {
  const { year, month, day } = todayOf(clock);
  return useMemo(() => ({ year, month, day }), [year, month, day]);
}

/**
 * The store's clock held at the start of today: counts by day (idle days) made with it are
 * counted again when the day turns, not every minute the clock ticks.
 */
export function useDayClock(clock: StoreClock): StoreClock {
  const offsetMs = clock.timeZoneOffsetMinutes * 60_000;
  const startOfDay = Math.floor((clock.now + offsetMs) / DAY_MS) * DAY_MS - offsetMs;
  const { timeZoneOffsetMinutes } = clock;
  return useMemo(() => ({ now: startOfDay, timeZoneOffsetMinutes }), [startOfDay, timeZoneOffsetMinutes]);
}

const DAY_MS = 86_400_000;

function tierRankIn(rules: ProgrammeRules): (tier: TierId) => number {
  return (tier) => rules.tiers.findIndex((t) => t.id === tier);
}
