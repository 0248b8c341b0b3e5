import type { FloorbookDb } from './floorbook-db';

/** `open` made once per database, on first use, and the same one handed out after. */
export function onePerDatabase<T>(open: (db: FloorbookDb) => T): (db: FloorbookDb) => T {
  const made = new WeakMap<FloorbookDb, T>();
  return (db) => {
    if (!made.has(db)) made.set(db, open(db));
    return made.get(db) as T;
  };
}
