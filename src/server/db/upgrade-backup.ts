import fs from 'node:fs';
import path from 'node:path';
import type SqliteDatabase from 'better-sqlite3';

/** Copies kept before upgrades: enough to step back over the last few versions, not a growing pile of personal data. */
export const UPGRADE_BACKUPS_KEPT = 3;

/** Where the copy taken before each upgrade of `file` goes: `DATA_DIR/backups/before-upgrade/`. */
export function upgradeBackupDir(file: string): string {
  return path.join(path.dirname(file), 'backups', 'before-upgrade');
}

/**
 * A consistent copy of the database (SQLite's online backup, safe beside WAL) taken before a
 * migration, readable by the server's user only; older copies beyond the last few are deleted.
 * Returns the copy's path.
 */
export async function backupBeforeUpgrade(
  sqlite: SqliteDatabase.Database,
  dir: string,
  upgrade: { to: string; now: number },
): Promise<string> {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stamp = new Date(upgrade.now).toISOString().replace(/[:.]/g, '-');
  const copy = path.join(dir, `${stamp}-before-${upgrade.to}.sqlite`);
  await sqlite.backup(copy);
  fs.chmodSync(copy, 0o600);
  const copies = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.sqlite'))
    .sort();
  for (const old of copies.slice(0, -UPGRADE_BACKUPS_KEPT)) fs.rmSync(path.join(dir, old));
  return copy;
}
