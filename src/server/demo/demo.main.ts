import { loadConfig, ConfigError } from '../config';
import { DatabaseOpenError, migrateToLatest } from '../db/database';
import { openFromConfig } from '../db/open-from-config';
import { DEMO_STORE, DemoRefused, fillDemoStore } from './demo-store';
import { DEMO_STAFF } from './demo-people';
import { loadServerSecret } from '../auth/server-secret';

const MEMBERS = 2_000;

/** `npm run demo`: a realistic store to try the product with, in the configured database. */
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
    if (result.createdStore)
      console.log(
        `Enrol a tablet as ${DEMO_STORE.owner} (owner) or 陈店长 (manager), password ${DEMO_STORE.password}.`,
      );
    const pins = [
      ...(result.createdStore ? [`${DEMO_STORE.owner} ${DEMO_STORE.ownerPin}`] : []),
      ...DEMO_STAFF.map((s) => `${s.name} ${s.pin}`),
    ];
    console.log(`Staff PINs: ${pins.join(', ')}.`);
  } catch (err) {
    if (err instanceof ConfigError || err instanceof DatabaseOpenError || err instanceof DemoRefused)
      console.error(err.message);
    else console.error(`Demo data could not be made: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}

void main();
