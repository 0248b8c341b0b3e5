import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig } from '../config';
import { makeBackup } from './backup';

/**
 * `npm run backup [folder]`: a copy of the database, its key and the store CA into a dated folder
 * while the server runs (./backup.ts). PostgreSQL is backed up with its own tools
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
    let shown = -1;
    const folder = await makeBackup({
      dataDir: config.dataDir,
      into: process.argv[2] ?? path.join(config.dataDir, 'backups'),
      now: new Date(),
      onProgress: (pct) => {
        if (pct !== shown) process.stdout.write(`\rCopying… ${(shown = pct)}%`);
      },
    });
    process.stdout.write('\rCopying… 100%\n');
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

void main();
