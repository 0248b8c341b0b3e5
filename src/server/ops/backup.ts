import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { writeManifest } from '../db/backup-manifest';
import { migrationsIn } from '../db/sqlite-file';
import { CA_CERT_FILE, CA_KEY_FILE, TLS_FOLDER } from '../tls/store-ca';
import { VERSION } from '../version';

/**
 * A consistent copy of the SQLite database while the server runs (SQLite's online backup, safe
 * beside WAL writers), with the secret key beside it — without the key every staff PIN would
 * stop working after a restore — and the store CA, without which every tablet would have to
 * trust a new one. A manifest is written last: every file's size and SHA-256 and the database's
 * migration, which `npm run restore` checks before it touches anything. Returns the dated folder.
 */
export async function makeBackup(options: {
  dataDir: string;
  into: string;
  now: Date;
  onProgress?: (percent: number) => void;
}): Promise<string> {
  const { dataDir, now } = options;
  const folder = path.resolve(options.into, now.toISOString().replace(/[:.]/g, '-'));
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  const copy = path.join(folder, 'floorbook.sqlite');
  const db = new SqliteDatabase(path.join(dataDir, 'floorbook.sqlite'), {
    readonly: true,
    fileMustExist: true,
  });
  try {
    await db.backup(copy, {
      progress({ totalPages, remainingPages }) {
        options.onProgress?.(
          totalPages === 0 ? 100 : Math.floor(((totalPages - remainingPages) / totalPages) * 100),
        );
        return 200;
      },
    });
  } finally {
    db.close();
  }
  fs.chmodSync(copy, 0o600);
  // One file standing on its own: out of WAL mode, SQLite makes no -wal and -shm beside it when read.
  const settled = new SqliteDatabase(copy);
  settled.pragma('journal_mode = DELETE');
  settled.close();
  const key = path.join(dataDir, 'secret.key');
  if (fs.existsSync(key)) fs.copyFileSync(key, path.join(folder, 'secret.key'));
  copyStoreCa(path.join(dataDir, TLS_FOLDER), path.join(folder, TLS_FOLDER));
  writeManifest(folder, { createdAt: now, appVersion: VERSION, schema: migrationsIn(copy).at(-1) ?? 'none' });
  return folder;
}

/** The CA key keeps its 0600; the server certificate is not copied, it is made again from the CA. */
function copyStoreCa(from: string, to: string): void {
  if (!fs.existsSync(path.join(from, CA_KEY_FILE))) return;
  fs.mkdirSync(to, { mode: 0o700 });
  for (const file of [CA_KEY_FILE, CA_CERT_FILE]) fs.copyFileSync(path.join(from, file), path.join(to, file));
  fs.chmodSync(path.join(to, CA_KEY_FILE), 0o600);
}
