import path from 'node:path';
import { ConfigError, loadConfig } from '../config';
import { migrationProvider } from '../db/migrations/migrations';
import { RestoreRefused, restoreBackup } from './restore';

/** `npm run restore -- <backup folder>`: a backup made by `npm run backup` into a stopped server's DATA_DIR. */
async function main(): Promise<void> {
  try {
    const config = loadConfig(process.env, process.cwd());
    if (config.databaseUrl !== undefined) {
      console.error(
        'DATABASE_URL is set: restore PostgreSQL with pg_restore, and only the secret and store CA from a backup (see docs/operations.md).',
      );
      process.exit(1);
    }
    const [folder, ...extra] = process.argv.slice(2);
    if (folder === undefined || extra.length > 0) {
      console.error('Name one backup folder: npm run restore -- data/backups/<date>');
      process.exit(1);
    }
    const knownMigrations = Object.keys(await migrationProvider.getMigrations()).sort();
    const from = path.resolve(folder);
    const outcome = restoreBackup({ from, dataDir: config.dataDir, knownMigrations, now: new Date() });
    const made = outcome.manifest
      ? `made by Floorbook ${outcome.manifest.appVersion} on ${outcome.manifest.createdAt}, every file matching its checksum`
      : 'made before backups carried a manifest, so only its database was checked';
    console.log(`Checked ${from}: ${made}; the database passed SQLite's integrity check.`);
    if (outcome.setAside) console.log(`What ${config.dataDir} held before is kept in ${outcome.setAside}.`);
    for (const kept of outcome.keptAsItWas)
      console.log(`The backup has no ${kept}; the one already in ${config.dataDir} was kept.`);
    console.log(
      outcome.olderSchema
        ? `Restored (migration ${outcome.schema}, from an older version). Start Floorbook: it upgrades the database as it starts.`
        : `Restored (migration ${outcome.schema}). Start Floorbook.`,
    );
  } catch (err) {
    console.error(
      err instanceof ConfigError || err instanceof RestoreRefused
        ? err.message
        : `The restore failed: ${err instanceof Error ? err.message : String(err)}`,
    );
    process.exit(1);
  }
}

void main();
