import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { migrateToLatest, openSqlite, type DatabaseHandle } from './database';
import { dataAccess, type DataAccess } from './data-access';

const NOW = 1_800_000_000_000;
const STORE = '0190a000-0000-7000-8000-0000000000a1';
const OWNER = '0190a000-0000-7000-8000-0000000000a2';
const store = {
  storeId: STORE,
  storeName: '一店',
  owner: { id: OWNER, name: '王芳', passwordHash: 'x', pin: null },
  now: NOW,
};
const tablet = (id: string) => ({ id, storeId: STORE, name: '平板', tokenHash: id, now: NOW });

describe('DataAccess.inTransaction', () => {
  let handle: DatabaseHandle;
  let data: DataAccess;
  beforeEach(async () => {
    handle = openSqlite(':memory:');
    await migrateToLatest(handle);
    data = dataAccess(handle.db);
    await data.stores.createFirst(store);
  });
  afterEach(() => handle.close());

  test('commits every repository call together when the work resolves', async () => {
    await data.inTransaction(async (tx) => {
      await tx.devices.create(tablet('0190a000-0000-7000-8000-0000000000b1'));
      await tx.staff.add({
        id: '0190a000-0000-7000-8000-0000000000c1',
        storeId: STORE,
        name: '李娜',
        role: 'associate',
        passwordHash: null,
        now: NOW,
      });
    });
    expect(await data.devices.listOfStore(STORE)).toHaveLength(1);
    expect(await data.staff.listOfStore(STORE)).toHaveLength(2);
  });

  test('rolls all of it back when the work throws, a repository transaction joined in it too', async () => {
    await expect(
      data.inTransaction(async (tx) => {
        await tx.devices.create(tablet('0190a000-0000-7000-8000-0000000000b2'));
        // staff.add opens its own transaction on the shared connection; here it joins this one.
        await tx.staff.add({
          id: '0190a000-0000-7000-8000-0000000000c2',
          storeId: STORE,
          name: '李娜',
          role: 'associate',
          passwordHash: null,
          now: NOW,
        });
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await data.devices.listOfStore(STORE)).toEqual([]);
    expect(await data.staff.listOfStore(STORE)).toHaveLength(1);
  });
});
