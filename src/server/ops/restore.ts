import fs from 'node:fs';
import path from 'node:path';
import { ManifestError, readAndVerifyManifest, type BackupManifest } from '../db/backup-manifest';
import { privateDataDir } from '../db/private-files';
import { integrityProblems, isOpenElsewhere, migrationsIn } from '../db/sqlite-file';
import { TLS_FOLDER } from '../tls/store-ca';

const DATABASE_FILE = 'floorbook.sqlite';
const KEY_FILE = 'secret.key';
const SIDE_FILES = ['-wal', '-shm', '-journal'];

/** A restore refused before anything in DATA_DIR was touched; the message is the sentence to show. */
export class RestoreRefused extends Error {}

export interface RestorePlan {
  /** The backup folder, resolved. */
  from: string;
  dataDir: string;
  /** Every migration this build knows, oldest first. */
  knownMigrations: readonly string[];
  now: Date;
}

export interface RestoreOutcome {
  manifest: BackupManifest | null;
  /** The newest migration the restored database has had. */
  schema: string;
  /** True when the server will migrate the restored database at its next start. */
  olderSchema: boolean;
  /** Where DATA_DIR's previous database (and the key and tls folder the backup replaced) now are. */
  setAside: string | null;
  /** What the backup did not hold and DATA_DIR keeps as it was. */
  keptAsItWas: string[];
}

function backupsInside(folder: string): string[] {
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(folder, e.name, DATABASE_FILE)))
    .map((e) => e.name)
    .sort();
}

/** The backup folder and its manifest: every file there and as it was written. */
function checkFolder(plan: RestorePlan): BackupManifest | null {
  const { from } = plan;
  if (!fs.existsSync(from) || !fs.statSync(from).isDirectory())
    throw new RestoreRefused(`There is no backup folder at ${from}.`);
  if (!fs.existsSync(path.join(from, DATABASE_FILE))) {
    const inside = backupsInside(from);
    throw new RestoreRefused(
      inside.length > 0
        ? `${from} holds ${inside.length} backups; name one of them, for example the newest: ${path.join(from, inside.at(-1) ?? '')}`
        : `${from} is not a Floorbook backup: it has no ${DATABASE_FILE}.`,
    );
  }
  let manifest: BackupManifest | null;
  try {
    manifest = readAndVerifyManifest(from);
  } catch (err) {
    if (err instanceof ManifestError) throw new RestoreRefused(`${err.message} Nothing was restored.`);
    throw err;
  }
  return manifest;
}

/** SQLite's integrity check and the schema of the database copied from the backup; its migrations. */
function checkDatabase(
  database: string,
  manifest: BackupManifest | null,
  knownMigrations: readonly string[],
): string[] {
  let problems: string[];
  let migrations: string[];
  try {
    problems = integrityProblems(database);
    migrations = problems.length === 0 ? migrationsIn(database) : [];
  } catch {
    throw new RestoreRefused(
      `The backup's ${DATABASE_FILE} is not a SQLite database: the backup is damaged. Nothing was restored.`,
    );
  }
  if (problems.length > 0)
    throw new RestoreRefused(
      `The backup's database is damaged (SQLite's integrity check: ${problems[0] ?? ''}); choose another backup. Nothing was restored.`,
    );
  const schema = migrations.at(-1);
  if (schema === undefined)
    throw new RestoreRefused(`The backup's database was never set up by Floorbook; nothing was restored.`);
  if (manifest !== null && manifest.schema !== schema)
    throw new RestoreRefused(
      `The backup's manifest says migration ${manifest.schema} but its database has ${schema}: the backup is damaged. Nothing was restored.`,
    );
  const newer = migrations.filter((m) => !knownMigrations.includes(m));
  if (newer.length > 0)
    throw new RestoreRefused(
      `This backup was made by a newer Floorbook (its database has migration ${newer.at(-1) ?? ''}; this version knows up to ${knownMigrations.at(-1) ?? 'none'}): restore it with that version or a newer one. Nothing was restored.`,
    );
  return migrations;
}

function copyPrivate(from: string, to: string): void {
  fs.copyFileSync(from, to);
  fs.chmodSync(to, 0o600);
}

/**
 * `npm run restore`: checks a backup (its manifest's checksums, SQLite's integrity check, a
 * schema this build can run) and that no server has DATA_DIR's database open, then moves what
 * DATA_DIR held aside to backups/before-restore/<time>/ and puts the backup in its place. Any
 * refusal leaves DATA_DIR as it was.
 */
export function restoreBackup(plan: RestorePlan): RestoreOutcome {
  const manifest = checkFolder(plan);
  const { from, dataDir } = plan;
  const current = path.join(dataDir, DATABASE_FILE);
  if (fs.existsSync(current) && isOpenElsewhere(current))
    throw new RestoreRefused(
      `Floorbook is running on ${dataDir} (its database is open): stop the server first, then restore. Nothing was restored.`,
    );

  privateDataDir(dataDir);
  // The database is checked as copied into DATA_DIR, under another name: SQLite may write beside
  // a file it opens (a backup on read-only media may refuse that), and a restore cut short never
  // leaves half a database in place.
  const incoming = `${current}.restoring`;
  copyPrivate(path.join(from, DATABASE_FILE), incoming);
  let migrations: string[];
  try {
    migrations = checkDatabase(incoming, manifest, plan.knownMigrations);
  } catch (err) {
    for (const f of [incoming, ...SIDE_FILES.map((s) => incoming + s)]) fs.rmSync(f, { force: true });
    throw err;
  }

  const replaced = [
    ...[DATABASE_FILE, ...SIDE_FILES.map((s) => DATABASE_FILE + s)],
    ...[KEY_FILE, TLS_FOLDER].filter((f) => fs.existsSync(path.join(from, f))),
  ].filter((f) => fs.existsSync(path.join(dataDir, f)));
  let setAside: string | null = null;
  if (replaced.length > 0) {
    setAside = path.join(dataDir, 'backups', 'before-restore', plan.now.toISOString().replace(/[:.]/g, '-'));
    fs.mkdirSync(setAside, { recursive: true, mode: 0o700 });
    for (const f of replaced) fs.renameSync(path.join(dataDir, f), path.join(setAside, f));
  }

  fs.renameSync(incoming, current);
  if (fs.existsSync(path.join(from, KEY_FILE)))
    copyPrivate(path.join(from, KEY_FILE), path.join(dataDir, KEY_FILE));
  const tls = path.join(from, TLS_FOLDER);
  if (fs.existsSync(tls)) {
    fs.mkdirSync(path.join(dataDir, TLS_FOLDER), { mode: 0o700 });
    for (const f of fs.readdirSync(tls)) copyPrivate(path.join(tls, f), path.join(dataDir, TLS_FOLDER, f));
  }
  const schema = migrations.at(-1) ?? '';
  return {
    manifest,
    schema,
    olderSchema: schema !== plan.knownMigrations.at(-1),
    setAside,
    keptAsItWas: [KEY_FILE, TLS_FOLDER].filter(
      (f) => !fs.existsSync(path.join(from, f)) && fs.existsSync(path.join(dataDir, f)),
    ),
  };
}
