import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { ConfigError, loadConfig } from '../config';
import { CA_CERT_FILE, CA_KEY_FILE, TLS_FOLDER } from '../tls/store-ca';

/**
 * `npm run backup [folder]`: a consistent copy of the SQLite database while the server runs
 * (SQLite's online backup, safe beside WAL writers), with the secret key beside it — without the
 * key every staff PIN would stop working after a restore — and the store CA, without which every
 * tablet would have to trust a new one. PostgreSQL is backed up with its own tools
 * (docs/operations.md).
 */
async function main(): Promise<void> {
  try {
    const config = loadConfig(process.env, process.cwd());
    if (config.databaseUrl !== undefined) {
      console.error('DATABASE_URL is set: back PostgreSQL up with pg_dump (see docs/operations.md).');
      process.exit(1);
    }
    const source = path.join(config.dataDir, 'floorbook.sqlite');
    if (!fs.existsSync(source)) {
      console.error(`There is no database at ${source} yet: start Floorbook once first.`);
      process.exit(1);
    }
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const folder = path.resolve(process.argv[2] ?? path.join(config.dataDir, 'backups'), stamp);
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    const db = new SqliteDatabase(source, { readonly: true, fileMustExist: true });
    let shown = -1;
    await db.backup(path.join(folder, 'floorbook.sqlite'), {
      progress({ totalPages, remainingPages }) {
        const pct = totalPages === 0 ? 100 : Math.floor(((totalPages - remainingPages) / totalPages) * 100);
        if (pct !== shown) process.stdout.write(`\rCopying… ${(shown = pct)}%`);
        return 200;
      },
    });
    db.close();
    fs.chmodSync(path.join(folder, 'floorbook.sqlite'), 0o600);
    process.stdout.write('\rCopying… 100%\n');
    const key = path.join(config.dataDir, 'secret.key');
    if (fs.existsSync(key)) fs.copyFileSync(key, path.join(folder, 'secret.key'));
    copyStoreCa(path.join(config.dataDir, TLS_FOLDER), path.join(folder, TLS_FOLDER));
    console.log(`Backed up to ${folder}. Keep it as safe as the tablets: it holds every member's data.`);
  } catch (err) {
    console.error(
      err instanceof ConfigError
        ? err.message
        : `The backup failed: ${err instanceof Error ? err.message : String(err)}`,
    );
    process.exit(1);
  }
}

/** The CA key keeps its 0600; the server certificate is not copied, it is made again from the CA. */
function copyStoreCa(from: string, to: string): void {
  if (!fs.existsSync(path.join(from, CA_KEY_FILE))) return;
  fs.mkdirSync(to, { mode: 0o700 });
  for (const file of [CA_KEY_FILE, CA_CERT_FILE]) fs.copyFileSync(path.join(from, file), path.join(to, file));
  fs.chmodSync(path.join(to, CA_KEY_FILE), 0o600);
}

void main();
