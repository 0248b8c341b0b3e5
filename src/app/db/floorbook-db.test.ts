import { afterEach, describe, expect, test, vi } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { FloorbookDb, onReloadRequested, type FloorbookDbOptions } from './floorbook-db';
import { searchKeysOf } from '../../shared/domain/search-keys';
import { newMemberRecord } from '../../shared/sync/member-merge';
import { memberRow } from './member-rows';
import { memberFields, newMemberId } from '../../../tests/fixtures/factories';

/** The next release of the app: the same class with one more version block appended. */
class NextReleaseDb extends FloorbookDb {
  constructor(options: FloorbookDbOptions) {
    super(options);
    this.version(this.verno + 1).stores({ members: 'id, phone, phoneTail, name, pinyin, initials, cardNo' });
  }
}

const opened: FloorbookDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('FloorbookDb', () => {
  test('indexes only phone and card look-ups; search and lists run on the in-memory roster', async () => {
    const db = new FloorbookDb({ name: `schema-${uuidv7()}` });
    opened.push(db);
    await db.open();
    expect(db.members.schema.indexes.map((i) => i.name).sort()).toEqual(['cardNo', 'phone']);
    expect(db.events.schema.indexes.map((i) => i.name)).toEqual(['memberId']);
  });

  test('an open tab steps aside for a newer version and the data survives the upgrade', async () => {
    const name = `upgrade-${uuidv7()}`;
    const told = vi.fn();
    const old = new FloorbookDb({ name, onVersionChange: told });
    const id = newMemberId();
    const record = newMemberRecord(id, memberFields(), '000001800000000:00000:x', 0);
    await old.members.put(memberRow({ record, keys: searchKeysOf(record.fields.name) }, 0));

    const next = new NextReleaseDb({ name });
    opened.push(next);
    await next.open();
    expect(told).toHaveBeenCalledOnce();
    expect(old.isOpen()).toBe(false);
    expect((await next.members.get(id))?.name).toBe('张晓梅');
  });

  test('by default tells every other tab to reload into the new version', async () => {
    const name = `reload-${uuidv7()}`;
    const old = new FloorbookDb({ name });
    await old.open();
    const reloaded = new Promise<void>((resolve) => {
      const stop = onReloadRequested(() => {
        stop();
        resolve();
      });
    });
    const next = new NextReleaseDb({ name });
    opened.push(next);
    await next.open();
    await reloaded;
    expect(old.isOpen()).toBe(false);
  });
});
