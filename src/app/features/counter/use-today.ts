import { useMemo, useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { addDays, type CalendarDay } from '../../../shared/domain/calendar-day';
import { birthdaysOn } from '../../../shared/domain/counter/birthdays-today';
import { cardHolderOf } from '../../../shared/domain/counter/counter-records';
import { dayKey, dayStartMs } from '../../../shared/domain/counter/store-days';
import {
  followUpReach,
  todayAtCounter,
  todayWindow,
  type TodayFigures,
} from '../../../shared/domain/counter/today';
import type { MemberId } from '../../../shared/schemas/ids.schema';
import { memberSearchFor } from '../../search/member-search';
import { useTablet } from '../../tablet/tablet-context';
import { useStoreToday } from './use-store-today';
import { useStoreSettings } from '../store-settings/use-store-settings';
import { eventsOfMembers, membersById, membersSignedUpSince } from '../../db/counter-queries';
import { useDayTargets, useTillDays } from './use-counter-records';

export interface TodayView {
  today: CalendarDay;
  figures: TodayFigures;
  birthdays: MemberId[];
  /** The roster is still being read for the first time: figures may grow. */
  rosterLoading: boolean;
}

/**
 * Today at the counter, kept live. The members who came lately are found in the in-memory
 * roster (their last visits), and only their events are read, by member: a purchase on this
 * tablet changes those rows or the roster, and either reruns the read.
 */
export function useToday(): TodayView | undefined {
  const { db } = useTablet();
  const { rules, timeZone } = useStoreSettings();
  const today = useStoreToday();
  const key = dayKey(today);
  const search = memberSearchFor(db);
  const roster = useSyncExternalStore(search.subscribe, search.getState);
  const reachStart = dayStartMs(addDays(today, -followUpReach(rules)), timeZone);
  const recentKey = useMemo(() => {
    const ids: MemberId[] = [];
    for (const m of search.roster()) if (m.lastVisitAt >= reachStart) ids.push(m.id);
    return ids.sort().join(',');
    // roster.version: the roster changed, the list may have too.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [search, reachStart, roster.version]);
  // Keyed by the ids themselves, so a roster change that leaves the list as it was reads nothing again.
  const recent = useMemo(() => (recentKey === '' ? [] : (recentKey.split(',') as MemberId[])), [recentKey]);
  const data = useLiveQuery(async () => {
    const window = todayWindow(today, timeZone);
    const events = await eventsOfMembers(db, recent);
    const cameToday = [
      ...new Set(events.filter((e) => e.at >= window.start && e.at < window.end).map((e) => e.memberId)),
    ];
    const [signedUp, visitors] = await Promise.all([
      membersSignedUpSince(db, window.start),
      membersById(db, cameToday),
    ]);
    // One signed up today and came today is in both lists: once each.
    const members = new Map([...signedUp, ...visitors].map((m) => [m.id, cardHolderOf(m)]));
    return { recentKey, events, members: [...members.values()] };
  }, [db, recent, recentKey, today, timeZone]);
  const tills = useTillDays();
  const targets = useDayTargets();
  const till = tills?.get(key) ?? null;
  const target = targets?.get(key) ?? null;
  const figures = useMemo(
    () => (data ? todayAtCounter({ today, timeZone, rules, ...data, till, target }) : undefined),
    [data, today, timeZone, rules, till, target],
  );
  // Not worked out again on every roster change (each purchase is one): on a new day, and once
  // the whole roster is in.
  const birthdays = useMemo(
    () => birthdaysOn(search.roster(), today),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- roster.ready: the whole roster is in
    [search, today, roster.ready],
  );
  if (!figures) return undefined;
  // Figures read for another list of members are shown until the new read answers, with the note.
  return { today, figures, birthdays, rosterLoading: !roster.ready || data?.recentKey !== recentKey };
}
