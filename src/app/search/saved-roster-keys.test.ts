import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { waitFor } from '@testing-library/react';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { readSearchQuery } from '../../shared/domain/search-query';
import { FloorbookDb } from '../db/floorbook-db';
import { readRosterKeys, saveRosterKeys } from '../db/roster-keys-store';
import { createCommands } from '../commands/commands';
import { openMemberSearch, type MemberSearch } from './member-search';
import { generateRoster, memberRowOf } from '../../../tests/fixtures/member-roster';
import { newDeviceId, newStaffId } from '../../../tests/fixtures/factories';
import { tabletCommandDeps } from '../../../tests/sync/fixtures/members';

const NOW = 1_800_000_000_000;
let db: FloorbookDb;
const opened: MemberSearch[] = [];

beforeEach(async () => {
  db = new FloorbookDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
});
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
  db.close();
});

function open(pageSize = 10) {
  const search = openMemberSearch(db, { pageSize, saveDelayMs: 10 });
  opened.push(search);
  return search;
}
const names = (search: MemberSearch, typed: string) =>
  search.search(readSearchQuery(typed)).members.map((m) => m.name);

describe('saved search keys', () => {
  test('the next start answers from the saved keys, then the read of the rows corrects them', async () => {
    const roster = generateRoster(30, { seed: 5, now: NOW });
    await db.members.bulkPut(roster.map(memberRowOf));
    const first = open();
    await waitFor(() => expect(first.getState().ready).toBe(true));
    await waitFor(async () => expect((await readRosterKeys(db))?.length).toBe(30));
    first.close();

    // A row removed behind the saved copy's back (as no app path does): only the keys still know her.
    const [gone] = roster;
    if (!gone) throw new Error('empty roster');
    await db.members.delete(gone.id);
    const next = open(1_000);
    const states: boolean[] = [];
    next.subscribe(() => states.push(names(next, gone.cardNo).length > 0));
    // Ready straight from the keys, before the rows are read: she is still found ...
    await waitFor(() => expect(states[0]).toBe(true));
    // ... until the read of the rows finds her gone, and the saved copy follows.
    await waitFor(() => expect(names(next, gone.cardNo)).toEqual([]));
    await waitFor(async () => expect((await readRosterKeys(db))?.length).toBe(29));
  });

  test('erasing a member drops the saved keys in the same transaction', async () => {
    const commands = createCommands(
      tabletCommandDeps(db, { deviceId: newDeviceId(), staffId: newStaffId() }, () => NOW),
    );
    const roster = generateRoster(3, { seed: 6, now: NOW });
    await db.members.bulkPut(roster.map(memberRowOf));
    await saveRosterKeys(db, () => roster);
    const [erased] = roster;
    if (!erased) throw new Error('empty roster');
    const r = await commands.eraseMember(erased.id, 'her request under PIPL 47');
    expect(r.ok).toBe(true);
    expect(await readRosterKeys(db)).toBeNull();
  });

  test('a save never writes back a member whose row is gone', async () => {
    const roster = generateRoster(4, { seed: 7, now: NOW });
    await db.members.bulkPut(roster.slice(1).map(memberRowOf));
    await saveRosterKeys(db, () => roster);
    expect((await readRosterKeys(db))?.map((m) => m.id).sort()).toEqual(
      roster
        .slice(1)
        .map((m) => m.id)
        .sort(),
    );
  });
});
