import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { waitFor } from '@testing-library/react';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { readSearchQuery } from '../../shared/domain/search-query';
import { FloorbookDb } from '../db/floorbook-db';
import { createCommands } from '../commands/commands';
import { openMemberSearch, type MemberSearch } from './member-search';
import { RosterRead } from './roster-read';
import { dexieTabletCopy } from '../db/tablet-copy';
import { recordOfRow } from '../db/member-rows';
import type { MemberChange, PullResponse } from '../../shared/sync/protocol.schema';
import type { EventId } from '../../shared/schemas/ids.schema';
import { generateRoster, memberRowOf, seededRandom } from '../../../tests/fixtures/member-roster';
import { memberFields, newDeviceId, newStaffId } from '../../../tests/fixtures/factories';
import { tabletCommandDeps } from '../../../tests/sync/fixtures/members';

const NOW = 1_800_000_000_000;
let db: FloorbookDb;
let search: MemberSearch | undefined;

beforeEach(async () => {
  db = new FloorbookDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
});
afterEach(() => {
  search?.close();
  db.close();
});

const names = (typed: string) =>
  (search?.search(readSearchQuery(typed)).members ?? []).map((m) => m.name).sort();
const whenReady = () => waitFor(() => expect(search?.getState().ready).toBe(true));

function pulled(cursor: string, members: MemberChange[], events: PullResponse['events'] = []): PullResponse {
  return { cursor, hasMore: false, resync: false, remaining: null, members, events, serverTime: NOW };
}

describe('openMemberSearch', () => {
  test('reads the roster page by page, reporting progress, until every member is found', async () => {
    const roster = generateRoster(25, { seed: 3, now: NOW });
    await db.members.bulkPut(roster.map(memberRowOf));
    search = openMemberSearch(db, { pageSize: 10 });
    const seen: { loaded: number; total: number }[] = [];
    search.subscribe(() => {
      const { loaded, total } = search?.getState() ?? { loaded: 0, total: 0 };
      seen.push({ loaded, total });
    });
    await whenReady();
    expect(seen).toContainEqual({ loaded: 10, total: 25 });
    expect(seen).toContainEqual({ loaded: 20, total: 25 });
    expect(search.getState()).toMatchObject({ loaded: 25, total: 25, failed: false });
    for (const m of roster) expect(names(m.cardNo)).toEqual([m.name]);
  });

  test('finds a member signed up on this tablet as soon as the write commits', async () => {
    search = openMemberSearch(db);
    await whenReady();
    const commands = createCommands(
      tabletCommandDeps(db, { deviceId: newDeviceId(), staffId: newStaffId() }, () => NOW),
    );
    const signedUp = await commands.signUpMember({
      fields: memberFields({ name: '王美丽', phone: '13911112222' }),
    });
    expect(signedUp.ok).toBe(true);
    await waitFor(() => expect(names('2222')).toEqual(['王美丽']));
    expect(names('wml')).toEqual(['王美丽']);
    if (!signedUp.ok) return;
    await commands.editMember(signedUp.value.memberId, { name: '王丽' });
    await waitFor(() => expect(names('wl')).toEqual(['王丽']));
    expect(names('wml')).toEqual([]);
  });

  test('follows bulk writes, deletions and a cleared table, as a sync pull makes them', async () => {
    const roster = generateRoster(120, { seed: 5, now: NOW });
    const [first] = roster;
    const last = roster.at(-1);
    if (!first || !last) throw new Error('empty roster');
    await db.members.bulkPut(roster.slice(0, 20).map(memberRowOf));
    search = openMemberSearch(db, { pageSize: 50 });
    await whenReady();
    // 100 rows at once: Dexie names no keys, so the search reads the roster again.
    await db.members.bulkPut(roster.slice(20).map(memberRowOf));
    await waitFor(() => expect(names(last.cardNo)).toEqual([last.name]));
    expect(search.getState().total).toBe(120);
    await db.members.delete(first.id);
    await waitFor(() => expect(names(first.cardNo)).toEqual([]));
    expect(search.getState().total).toBe(119);
    await db.members.clear();
    await waitFor(() => expect(names(last.cardNo)).toEqual([]));
  });

  test('takes the pulled pages this tab stores as they are told, without reading the roster again', async () => {
    const roster = generateRoster(120, { seed: 7, now: NOW });
    const [first] = roster;
    const last = roster.at(-1);
    if (!first || !last) throw new Error('empty roster');
    search = openMemberSearch(db, { pageSize: 50 });
    await whenReady();
    const reads = vi.spyOn(RosterRead.prototype, 'take');
    const store = dexieTabletCopy(db, { deviceId: newDeviceId(), clock: () => NOW });
    const live = roster.map((m): MemberChange => {
      const row = memberRowOf(m);
      return {
        state: 'live',
        record: recordOfRow(row),
        keys: { pinyin: row.pinyin, initials: row.initials },
      };
    });

    // 120 rows in two pages of one download, each of which Dexie reports as "anything may have changed".
    await store.applyPage({ ...pulled('c0', live.slice(0, 60)), hasMore: true });
    await waitFor(() => expect(names(first.cardNo)).toEqual([first.name]), { timeout: 3_000 });
    await store.applyPage(pulled('c1', live.slice(60)));
    await waitFor(() => expect(names(last.cardNo)).toEqual([last.name]));
    const visit = { id: '01900000-0000-7000-8000-000000000001' as EventId, memberId: first.id };
    await store.applyPage(
      pulled(
        'c2',
        [],
        [{ event: { ...visit, staffId: newStaffId(), at: NOW + 1, kind: 'visit', payload: {} } }],
      ),
    );
    const lastVisitOf = (cardNo: string) => search?.search(readSearchQuery(cardNo)).members[0]?.lastVisitAt;
    await waitFor(() => expect(lastVisitOf(first.cardNo)).toBe(NOW + 1));
    await store.applyPage(
      pulled('c3', [{ state: 'gone', id: first.id, reason: 'deleted', mergedInto: null }]),
    );
    await waitFor(() => expect(names(first.cardNo)).toEqual([]));
    expect(reads).not.toHaveBeenCalled();

    // A bulk write no page told of is still followed, by reading the roster again.
    await db.members.bulkPut(roster.slice(1).map((m) => memberRowOf({ ...m, name: `${m.name}改` })));
    await waitFor(() => expect(names(last.cardNo)).toEqual([`${last.name}改`]));
    expect(reads).toHaveBeenCalled();
  });

  test('keeps every change made while the roster is still being read', async () => {
    const roster = generateRoster(200, { seed: 11, now: NOW });
    await db.members.bulkPut(roster.map(memberRowOf));
    search = openMemberSearch(db, { pageSize: 3 });
    const random = seededRandom(5);
    for (let n = 0; !search.getState().ready; n++) {
      const m = roster[Math.floor(random() * roster.length)];
      if (!m) continue;
      if (n % 10 === 9) await db.members.delete(m.id);
      else await db.members.update(m.id, { name: `改名${n}` });
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    // A re-read of 200 rows three at a time may take over a second on a busy 2-core machine.
    await waitFor(
      async () => {
        const rows = await db.members.toArray();
        expect(search?.getState().total).toBe(rows.length);
        for (const row of rows) expect(names(row.cardNo), row.cardNo).toEqual([row.name]);
      },
      { timeout: 5_000 },
    );
  });

  test('finds a card in the database while the roster is still being read', async () => {
    const roster = generateRoster(30, { seed: 9, now: NOW });
    await db.members.bulkPut(roster.map(memberRowOf));
    search = openMemberSearch(db, { pageSize: 5 });
    const her = roster.at(-1);
    const found = await search.findByCard(her?.cardNo ?? '');
    expect(found?.id).toBe(her?.id);
    expect(await search.findByCard('999999999999')).toBeNull();
  });
});
