import fs from 'node:fs';
import { ConfigError } from '../config';

// What SQLite may keep beside the database: the write-ahead log, its shared-memory index, and
// the rollback journal of a database not (yet) in WAL mode.
const SQLITE_SIDE_FILES = ['-wal', '-shm', '-journal'];

/**
 * DATA_DIR holds every member's data and the server secret: readable by the server's user only
 * (700), whatever the umask. A folder an older version made 755 is tightened at start.
 */
export function privateDataDir(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    if ((fs.statSync(dir).mode & 0o077) !== 0) fs.chmodSync(dir, 0o700);
  } catch {
    throw new ConfigError(
      `The data folder ${dir} cannot be made private to this user; make this user its owner or set DATA_DIR to another folder.`,
    );
  }
}

/** Tighten a file an older version (or a restore) left readable by others to 600; absent, nothing. */
export function privateFile(file: string): void {
  if (fs.existsSync(file) && (fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
}

/**
 * Make the SQLite database file 600 before SQLite opens it. SQLite gives the files it makes
 * beside a database (-wal, -shm, -journal) the database file's own mode, so they follow; those
 * left 644 by an older version are tightened here too.
 */
export function privateSqliteFile(file: string): void {
  try {
    fs.closeSync(fs.openSync(file, 'a', 0o600));
    for (const name of [file, ...SQLITE_SIDE_FILES.map((suffix) => file + suffix)]) privateFile(name);
  } catch {
    throw new ConfigError(
      `The database ${file} cannot be made private to this user; make this user the owner of it and of the files beside it.`,
    );
  }
}
