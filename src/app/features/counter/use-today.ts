import { useMemo, useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { addDays, type CalendarDay } from '../../../shared/domain/calendar-day';
import { birthdaysOn } from '../../../shared/domain/counter/birthdays-today';
import { cardHolderOf } from '../../../shared/domain/counter/counter-records';
import { dayKey, dayStartMs } from '../../../shared/domain/counter/store-days';
import { todayFromMembers } from '../../../shared/domain/counter/member-today';
import { followUpReach, todayWindow, type TodayFigures } from '../../../shared/domain/counter/today';
import type { MemberId } from '../../../shared/schemas/ids.schema';
import { memberSearchFor } from '../../search/member-search';
import { useTablet } from '../../tablet/tablet-context';
import { useStoreToday } from './use-store-today';
import { useStoreSettings } from '../store-settings/use-store-settings';
import { membersById } from '../../db/counter-queries';
import { useRecentEvents } from './use-recent-events';
import { useDayTargets, useTillDays } from './use-counter-records';
import { memberShares } from './member-shares';

const idList = (key: string) => (key === '' ? [] : (key.split(',') as MemberId[]));

export interface TodayView {
  today: CalendarDay;
  figures: TodayFigures;
  birthdays: MemberId[];
  /** The roster is still being read for the first time: figures may grow. */
  rosterLoading: boolean;
  /**
   * The members' events are still being read for the first time (after a start, thousands of
   * them): only the till's figures, the targets and birthdays are real yet, and the screen says so
   * rather than show zeros.
   */
  counting: boolean;
}

/**
 * Today at the counter, kept live. The members who came lately and those who signed up today are
 * found in the in-memory roster (last visits, sign-up times); only the first's events are read,
 * by member, and kept (use-recent-events.ts), with each member's share of the figures
 * (member-shares.ts): a purchase on this tablet reads its member's events again and works out
 * her share again, or adds her to the list through the roster.
 */
export function useToday(): TodayView | undefined {
  const { db } = useTablet();
  const { rules, timeZone } = useStoreSettings();
  const today = useStoreToday();
  const key = dayKey(today);
  const search = memberSearchFor(db);
  const roster = useSyncExternalStore(search.subscribe, search.getState);
  const reachStart = dayStartMs(addDays(today, -followUpReach(rules)), timeZone);
  const window = useMemo(() => todayWindow(today, timeZone), [today, timeZone]);
  // Who came lately and who signed up today, from the in-memory roster: no read of the tables.
  const [recentKey, signedUpKey] = useMemo(() => {
    const recent: MemberId[] = [];
    const signedUp: MemberId[] = [];
    for (const m of search.roster()) {
      if (m.lastVisitAt >= reachStart) recent.push(m.id);
      if (m.createdAt >= window.start && m.createdAt < window.end) signedUp.push(m.id);
    }
    return [recent.sort().join(','), signedUp.sort().join(',')];
    // roster.version: the roster changed, the lists may have too.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [search, reachStart, window, roster.version]);
  // Keyed by the ids themselves, so a roster change that leaves a list as it was reads nothing again.
  const recent = useMemo(() => idList(recentKey), [recentKey]);
  const read = useRecentEvents(recent);
  // Each member's share is kept by her events (member-shares.ts): a purchase works out the buyer's again.
  const shares = useMemo(
    () => (read ? memberShares(read.byMember, { today, timeZone, rules }) : undefined),
    [read, today, timeZone, rules],
  );
  const cameToday = useMemo(
    () =>
      idList(
        (shares ?? [])
          .filter((s) => s.came)
          .map((s) => s.memberId)
          .sort()
          .join(','),
      ),
    [shares],
  );
  const holders = useLiveQuery(async () => {
    // One signed up today and came today is in both lists: once.
    const rows = await membersById(db, [...new Set([...idList(signedUpKey), ...cameToday])]);
    return rows.map(cardHolderOf);
  }, [db, signedUpKey, cameToday]);
  const tills = useTillDays();
  const targets = useDayTargets();
  const till = tills?.get(key) ?? null;
  const target = targets?.get(key) ?? null;
  const figures = useMemo(
    () =>
      tills && targets
        ? todayFromMembers({
            today,
            timeZone,
            rules,
            shares: shares ?? [],
            members: holders ?? [],
            till,
            target,
          })
        : undefined,
    [shares, holders, today, timeZone, rules, tills, targets, till, target],
  );
  // Not worked out again on every roster change (each purchase is one): on a new day, and once
  // the whole roster is in.
  const birthdays = useMemo(
    () => birthdaysOn(search.roster(), today),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- roster.ready: the whole roster is in
    [search, today, roster.ready],
  );
  if (!figures) return undefined;
  const counting = !shares || !holders;
  // Figures read for another list of members are shown until the new read answers, with the note.
  return {
    today,
    figures,
    birthdays,
    counting,
    rosterLoading: counting || !roster.ready || read?.idsKey !== recentKey,
  };
}
