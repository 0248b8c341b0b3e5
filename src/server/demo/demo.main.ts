import { loadConfig, ConfigError } from '../config';
import { DatabaseOpenError, migrateToLatest } from '../db/database';
import { openFromConfig } from '../db/open-from-config';
import { DemoRefused, fillDemoStore } from './demo-store';
import { demoCredentials } from './demo-credentials';
import { loadServerSecret } from '../auth/server-secret';

const MEMBERS = 2_000;

/** `npm run demo`: a realistic store to try the product with, in the configured database if it is empty. */
async function main(): Promise<void> {
  try {
    const config = loadConfig(process.env, process.cwd());
    // The same secret the server will use, or the demo PINs would not open its tablets.
    const secret = loadServerSecret(config);
    const db = openFromConfig(config);
    await migrateToLatest(db);
    let shown = -1;
    const result = await fillDemoStore(db, {
      members: MEMBERS,
      seed: 2026,
      now: Date.now(),
      secret,
      onProgress(done, total) {
        const pct = Math.floor((done / total) * 100);
        if (pct === shown) return;
        shown = pct;
        const bar = '#'.repeat(Math.round(pct / 4)).padEnd(25, '.');
        process.stdout.write(`\r[${bar}] ${pct}%`);
      },
    });
    process.stdout.write('\n');
    await db.close();
    console.log(
      `Demo store "${result.storeName}": ${result.members} members, ${result.events} visits, purchases and follow-ups.`,
    );
    for (const line of demoCredentials()) console.log(line);
  } catch (err) {
    if (err instanceof ConfigError || err instanceof DatabaseOpenError || err instanceof DemoRefused)
      console.error(err.message);
    else console.error(`Demo data could not be made: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}

void main();
