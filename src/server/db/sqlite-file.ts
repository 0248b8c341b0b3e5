import SqliteDatabase from 'better-sqlite3';

/**
 * Questions asked of a SQLite file no server has open (a backup, or DATA_DIR before a restore),
 * with SQLite itself rather than by reading its pages.
 */

/** SQLite's own check of every page and index: 'ok', or the first problems it lists. */
export function integrityProblems(file: string): string[] {
  const db = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.pragma('integrity_check(5)') as { integrity_check: string }[];
    const found = rows.map((r) => r.integrity_check);
    return found.length === 1 && found[0] === 'ok' ? [] : found;
  } finally {
    db.close();
  }
}

/** The migrations this database has had, oldest first; none when it was never migrated. */
export function migrationsIn(file: string): string[] {
  const db = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  try {
    const table = db
      .prepare("select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'")
      .get();
    if (table === undefined) return [];
    return (db.prepare('select name from kysely_migration order by name').all() as { name: string }[]).map(
      (r) => r.name,
    );
  } finally {
    db.close();
  }
}

/**
 * Whether another process has the database open, as a running server does: in WAL mode every
 * open connection holds a shared lock, so an exclusive one is refused at once. The lock goes
 * with the process, so a server that crashed leaves nothing behind to clear by hand.
 */
export function isOpenElsewhere(file: string): boolean {
  const db = new SqliteDatabase(file, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
    return false;
  } catch (err) {
    if ((err as { code?: string }).code?.startsWith('SQLITE_BUSY')) return true;
    throw err;
  } finally {
    db.close();
  }
}
